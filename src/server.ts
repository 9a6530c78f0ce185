import type { Config } from './config.js'
import { buildApp } from './http/app.js'
import { createFirstAdmin, openDeployment } from './runtime.js'

/** `lianfang serve`: migrate, make the first admin if there is none, listen. */
export async function serve(config: Config) {
  const db = await openDeployment(config)
  const firstAdmin = await createFirstAdmin(db)
  const app = await buildApp(config, { db })
  const shutdown = async () => {
    await app.close()
    await db.destroy()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
  const address = await app.listen({ port: config.port, host: config.host })
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost')
  const lines = ['', `联防 Lianfang 已启动 / is running: ${shown}`]
  lines.push(`数据库 / database: ${config.databaseUrl ? 'PostgreSQL' : config.sqliteFile}`)
  if (firstAdmin) {
    lines.push('首次启动，已创建管理员账号（一次性密码只显示这一次，登录后须修改）')
    lines.push('First start: an admin account was created (the one-time password is shown only now)')
    lines.push(`  用户名 username: ${firstAdmin.username}`)
    lines.push(`  一次性密码 one-time password: ${firstAdmin.oneTimePassword}`)
  }
  process.stdout.write(lines.join('\n') + '\n\n')
  return app
}
