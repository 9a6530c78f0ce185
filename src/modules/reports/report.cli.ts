import type { Command } from 'commander'
import type { CliKit } from '../../core/module.js'
import { now } from '../../core/clock.js'
import { localDate } from '../../shared/days.js'
import { situationReport } from './report.service.js'

export function reportCli(program: Command, { withDeployment }: CliKit) {
  program
    .command('report')
    .description('态势报告 / situation report as of a day')
    .option('--as-of <date>', '日期 YYYY-MM-DD (default: today)')
    .option('--region <id>', '区划 region id (default: the whole tree)')
    .option('--json', 'print JSON')
    .action(async (opts: { asOf?: string; region?: string; json?: boolean }) => {
      if (opts.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new Error('--as-of: expected YYYY-MM-DD')
      await withDeployment(async (db, config, actor) => {
        const report = await situationReport(
          db,
          actor,
          { asOf: opts.asOf ?? localDate(now(), config.timeZone), regionId: opts.region },
          config.timeZone,
        )
        if (opts.json) console.log(JSON.stringify(report, null, 2))
        else printReport(report)
      })
    })
}

function printReport(r: Awaited<ReturnType<typeof situationReport>>) {
  const lines = [
    `${r.region.name} 疫情防控态势报告（截至 ${r.as_of}）`,
    `排查人数 ${r.people_screened}  电话排查 ${r.phone_numbers_screened}  重点人员建档 ${r.key_persons_filed}`,
    `卡点：村 ${r.checkpoints.village}  社区 ${r.checkpoints.community}  道路 ${r.checkpoints.road}  小区 ${r.checkpoints.compound}`,
    `居家医学观察：累计 ${r.observation.cumulative}  解除 ${r.observation.released}  在观察 ${r.observation.current}`,
    `暖心服务：${r.care.households} 户 ${r.care.times} 次`,
    `社工服务：线下 ${r.social_work.offline}  电话 ${r.social_work.phone}  线上 ${r.social_work.online}  受益 ${r.social_work.beneficiaries}`,
    `党员 ${r.party_members}  下沉干部 ${r.dispatched_cadres}  志愿者 ${r.volunteers}`,
  ]
  console.log(lines.join('\n'))
}
