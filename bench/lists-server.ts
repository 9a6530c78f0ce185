// The real app for the list bench, in its own process: LIANFANG_SQLITE_FILE or DATABASE_URL,
// signed in as LISTS_USER. Prints `READY {"port":…,"cookie":…}` once listening.
import { loadConfig } from '../src/config.js'
import { openDeployment } from '../src/runtime.js'
import { FIXTURE_PASSWORD } from '../src/modules/auth/auth.fixtures.js'
import { serveSignedIn } from './serve-signed-in.js'

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' })
const db = await openDeployment(config)
const { port, cookie } = await serveSignedIn(config, db, {
  username: process.env.LISTS_USER!,
  password: FIXTURE_PASSWORD,
})
console.log(`READY ${JSON.stringify({ port, cookie })}`)
