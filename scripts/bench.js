// npm run bench: every bench:* script in turn; prints each RESULT line again at the end.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts).filter((s) =>
  s.startsWith('bench:'),
)
const results = []
for (const script of scripts) {
  console.log(`\n> npm run ${script}`)
  const r = spawnSync('npm', ['run', '--silent', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  process.stdout.write(r.stdout)
  const line = r.stdout
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('RESULT '))
  results.push(line ?? `${script}: no RESULT line (exit ${r.status})`)
}
console.log('\n' + results.join('\n'))
