// npm start: build what is missing or out of date, then `lianfang serve` (which migrates).
import { spawnSync } from 'node:child_process'
import { buildIfStale } from './build-if-stale.js'

buildIfStale()
const serve = spawnSync(process.execPath, ['bin/lianfang.js', 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
process.exit(serve.status ?? 0)
