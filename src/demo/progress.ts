// One line on stderr, redrawn: day N/43, the date, the phase, service calls per second.
import type { Progress } from './replay.js'

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const start = Date.now()
  let last = 0
  const tty = stream.isTTY
  return {
    update(p: Progress) {
      const t = Date.now()
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
    done() {
      if (tty) stream.write('\n')
      return (Date.now() - start) / 1000
    },
  }
}
