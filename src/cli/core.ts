import type { Command } from 'commander'
import type { Config } from '../config.js'
import { openDeployment, cliActor } from '../runtime.js'
import { createUser, resetPassword, searchUsers } from '../modules/auth/index.js'
import { findUserByUsername } from '../modules/auth/index.js'
import { ROLES, type Role } from '../core/permissions.js'
import { AppError, CommonErrors } from '../core/errors.js'
import { backupSqlite } from '../db/backup.js'
import { inTransaction, type Db } from '../db/db.js'
import type { CliKit } from '../core/module.js'

/** What the modules' commands get: the deployment opened for them as the system actor. */
export const cliKit = (getConfig: () => Config): CliKit => ({
  withDeployment: (fn) => withDeployment(getConfig, async (db, config) => fn(db, config, await cliActor(db))),
})

/** Opens the deployment, runs `fn`, always closes the database. */
export async function withDeployment<T>(
  getConfig: () => Config,
  fn: (db: Db, config: Config) => Promise<T>,
): Promise<T> {
  const config = getConfig()
  const db = await openDeployment(config)
  try {
    return await fn(db, config)
  } finally {
    await db.destroy()
  }
}

export function registerCoreCommands(program: Command, getConfig: () => Config) {
  const user = program.command('user').description('账号管理 / staff accounts')
  user
    .command('add <username>')
    .description('新建账号，打印一次性密码 / create an account and print its one-time password')
    .requiredOption('--role <role>', `角色 role: ${ROLES.join(', ')}`)
    .option('--name <name>', '姓名 display name')
    .option('--scope <regionId>', '管辖区划 scope region id (default: the top region)')
    .action(async (username: string, opts: { role: string; name?: string; scope?: string }) => {
      if (!ROLES.includes(opts.role as Role)) throw new Error(`--role: expected one of ${ROLES.join(', ')}`)
      await withDeployment(getConfig, async (db) => {
        const actor = await cliActor(db)
        const { user: created, oneTimePassword } = await inTransaction(db, (trx) =>
          createUser(trx, actor, {
            username,
            displayName: opts.name ?? username,
            role: opts.role as Role,
            scopeRegionId: opts.scope ?? actor.scopeRegionId,
          }),
        )
        console.log(`${created.username} (${created.role}, ${created.scopeName})`)
        console.log(`一次性密码 one-time password: ${oneTimePassword}`)
      })
    })
  user
    .command('list')
    .description('列出账号 / list accounts')
    .action(async () =>
      withDeployment(getConfig, async (db) => {
        const actor = await cliActor(db)
        const { items } = await searchUsers(db, actor, { page: 1, pageSize: 200 })
        for (const u of items)
          console.log([u.username, u.role, u.scopeName, u.disabled ? 'disabled' : 'active'].join('\t'))
      }),
    )
  user
    .command('reset-password <username>')
    .description('重置密码，打印一次性密码 / reset a password and print a one-time password')
    .action(async (username: string) =>
      withDeployment(getConfig, async (db) => {
        const actor = await cliActor(db)
        const found = await findUserByUsername(db, username)
        if (!found) throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
        const { oneTimePassword } = await inTransaction(db, (trx) => resetPassword(trx, actor, found.id))
        console.log(`一次性密码 one-time password: ${oneTimePassword}`)
      }),
    )

  program
    .command('backup <file>')
    .description('在线备份 SQLite 数据库 / online backup of the SQLite database')
    .action(async (file: string) => {
      const config = getConfig()
      if (config.databaseUrl) {
        console.error(
          'PostgreSQL: 请使用 pg_dump 备份 / use pg_dump, e.g. pg_dump -Fc "$DATABASE_URL" > lianfang.dump',
        )
        process.exitCode = 2
        return
      }
      const pages = await backupSqlite(config.sqliteFile, file)
      console.log(`已备份 / backed up ${pages} pages to ${file}`)
    })
}
