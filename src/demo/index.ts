// `lianfang demo --scenario mawei-2020`: a fresh database replaying the source case, then
// the planted figures, the report's own figures beside them, and the demo accounts.
import path from 'node:path'
import type { Command } from 'commander'
import type { Config } from '../config.js'

export function demoCommands(program: Command, getConfig: () => Config) {
  program
    .command('demo')
    .description('演示数据：重放马尾区2020年联防联控 / build a demo database replaying Mawei 2020')
    .requiredOption('--scenario <name>', '场景 scenario: mawei-2020')
    .option('--scale <n>', '规模 scale (1 = the source case; 0.01 for a quick look)', '1')
    .option('--data-dir <dir>', '数据目录 data directory (default: the configured one)')
    .option(
      '--shift-to-today',
      '移到今天：整条时间线平移，最后一天为昨天 / move every date so the last day is yesterday',
    )
    .option('--force', '清空已有数据 / wipe a database that already has data')
    .option('--json', '以 JSON 输出 / print the result as JSON')
    .action(
      async (opts: {
        scenario: string
        scale: string
        dataDir?: string
        force?: boolean
        json?: boolean
        shiftToToday?: boolean
      }) => {
        if (opts.scenario !== 'mawei-2020') throw new Error('--scenario: only mawei-2020 is known')
        const scale = Number(opts.scale)
        if (!(scale > 0 && scale <= 1)) throw new Error('--scale: expected a number above 0, at most 1')
        const base = getConfig()
        const config: Config = opts.dataDir
          ? Object.freeze({
              ...base,
              dataDir: path.resolve(opts.dataDir),
              sqliteFile: path.join(path.resolve(opts.dataDir), 'lianfang.db'),
            })
          : base
        const { buildDemo } = await import('./run.js')
        await buildDemo(config, {
          scale,
          force: !!opts.force,
          json: !!opts.json,
          shiftToToday: !!opts.shiftToToday,
        })
      },
    )
}
