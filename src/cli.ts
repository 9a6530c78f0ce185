// lianfang: the command line. Every command calls the same services the HTTP routes do.
import { Command, Option } from 'commander'
import { ConfigError, loadConfig, type Config } from './config.js'
import { migrateDatabase } from './runtime.js'
import { openDb } from './db/db.js'
import { modules } from './modules/index.js'
import { cliKit, registerCoreCommands } from './cli/core.js'
import { demoCommands } from './demo/index.js'

export function buildCli(getConfig: () => Config = () => loadConfig()): Command {
  const program = new Command('lianfang')
    .description('联防 Lianfang — 社区疫情联防联控系统 / community epidemic prevention and control')
    .showHelpAfterError()
  program
    .command('serve')
    .description('启动服务 / migrate and start the server')
    .action(async () => {
      const { serve } = await import('./server.js')
      await serve(getConfig())
    })
  program
    .command('migrate')
    .description('升级数据库结构 / apply database migrations')
    .action(async () => {
      const config = getConfig()
      const db = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile })
      try {
        const applied = await migrateDatabase(db)
        console.log(applied.length ? `applied: ${applied.join(', ')}` : '数据库已是最新 / already up to date')
      } finally {
        await db.destroy()
      }
    })
  registerCoreCommands(program, getConfig)
  const kit = cliKit(getConfig)
  for (const m of modules) m.cli?.(program, kit)
  demoCommands(program, getConfig)
  program.addOption(new Option('--no-color', 'plain output').hideHelp())
  return program
}

export async function main(argv: string[]) {
  try {
    await buildCli().parseAsync(argv)
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`配置错误 / configuration error: ${e.message}`)
      process.exit(2)
    }
    const code = (e as { code?: string }).code
    const { errorMessage, errorSpec } = await import('./core/errors.js')
    // only the app's own codes have a message of ours; Node's (ERR_…) keep their own words
    if (code && errorSpec(code)) {
      console.error(
        `${code}: ${errorMessage(code, 'zh', (e as { details?: Record<string, unknown> }).details)}`,
      )
      process.exit(1)
    }
    if (code === 'ERR_DLOPEN_FAILED')
      console.error(
        `本机模块与当前 Node.js ${process.version} 不符，请运行 npm rebuild / ` +
          `a native module was built for another Node.js version: run npm rebuild`,
      )
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
