// The real app listening on a free port with one account signed in, for benchmark servers run
// in their own process; SIGTERM answers what is queued and closes the database (SIGKILL, in
// the crash test, does not).
import type { Config } from '../src/config.js'
import type { Db } from '../src/db/db.js'
import { buildApp } from '../src/http/app.js'

export async function serveSignedIn(config: Config, db: Db, account: { username: string; password: string }) {
  const app = await buildApp(config, { db, logger: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: account })
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`)
  process.once(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => db.destroy())
        .then(() => process.exit(0)),
  )
  return {
    port: Number(new URL(address).port),
    cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  }
}
