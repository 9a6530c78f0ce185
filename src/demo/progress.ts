// One line on stderr, redrawn: day N/43, the date, the phase, service calls per second; and
// the time spent in each phase over the whole replay, so a slow step is named at the end.
import type { Progress } from './replay.js'

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const start = Date.now()
  let last = 0
  let phase = ''
  let phaseFrom = start
  const spent = new Map<string, number>()
  const tty = stream.isTTY
  const account = (t: number) => {
    if (phase) spent.set(phase, (spent.get(phase) ?? 0) + t - phaseFrom)
    phaseFrom = t
  }
  return {
    update(p: Progress) {
      const t = Date.now()
      if (p.phase !== phase) {
        account(t)
        phase = p.phase
      }
      if (tty && t - last < 100) return
      last = t
      const secs = (t - start) / 1000
      const width = 24
      const filled = Math.round((width * (p.day - 1)) / p.days)
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
      const rate = secs > 0 ? Math.round(p.ops / secs) : 0
      const line = `${bar} day ${p.day}/${p.days} ${p.date} ${p.phase.padEnd(26)} ${rate} ops/s ${secs.toFixed(0)}s`
      if (tty) stream.write(`\r${line}\x1b[K`)
      else if (p.phase === 'morning' || p.day === 1) stream.write(line + '\n')
    },
    /** Ends the bar; returns the seconds taken and the seconds spent in each phase, longest first. */
    done() {
      const t = Date.now()
      account(t)
      if (tty) stream.write('\n')
      const phases = [...spent]
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => ({ name, seconds: Math.round(ms / 100) / 10 }))
      return { seconds: (t - start) / 1000, phases }
    },
  }
}
