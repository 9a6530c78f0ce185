import type { Command } from 'commander'
import type { CliKit } from '../../core/module.js'
import { now } from '../../core/clock.js'
import { localDate } from '../../shared/days.js'
import { situationReport, type SituationReport } from './report.service.js'
import { rebuildAllCounts } from './rebuild.js'

export function reportCli(program: Command, { withDeployment }: CliKit) {
  const reportCommand = program
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
        if (opts.json) console.log(JSON.stringify(reportForCli(report), null, 2))
        else printReport(report)
      })
    })
  reportCommand
    .command('rebuild-counts')
    .description("重算报表计数 / recompute the report's maintained day counts from the records")
    .action(async () => {
      await withDeployment(async (db) => {
        await rebuildAllCounts(db, (name, ms) => console.log(`${name}: rebuilt in ${ms} ms`))
      })
    })
}

/**
 * The report as `lianfang report --json` prints it: the keys documented in the README, in
 * snake_case, which scripts read (the HTTP API's are camelCase). The demo's planted figures
 * use the same keys.
 */
export function reportForCli(r: SituationReport) {
  return {
    as_of: r.asOf,
    region: r.region,
    people_screened: r.peopleScreened,
    phone_numbers_screened: r.phoneNumbersScreened,
    phone_numbers_reached: r.phoneNumbersReached,
    key_persons_filed: r.keyPersonsFiled,
    checkpoints: r.checkpoints,
    observation: {
      cumulative: r.observation.cumulative,
      released: r.observation.released,
      current: r.observation.current,
      new_today: r.observation.newToday,
      released_today: r.observation.releasedToday,
    },
    care: r.care,
    social_work: r.socialWork,
    passages: r.passages,
    hotline: { calls: r.hotline.calls, calls_today: r.hotline.callsToday, referrals: r.hotline.referrals },
    publicity: r.publicity,
    party_members: r.partyMembers,
    dispatched_cadres: r.dispatchedCadres,
    volunteers: r.volunteers,
    social_workers: r.socialWorkers,
    medics: r.medics,
  }
}

function printReport(r: SituationReport) {
  const lines = [
    `${r.region.name} 疫情防控态势报告（截至 ${r.asOf}）`,
    `排查人数 ${r.peopleScreened}  电话排查 ${r.phoneNumbersScreened}  重点人员建档 ${r.keyPersonsFiled}`,
    `卡点：村 ${r.checkpoints.village}  社区 ${r.checkpoints.community}  道路 ${r.checkpoints.road}  小区 ${r.checkpoints.compound}`,
    `居家医学观察：累计 ${r.observation.cumulative}  解除 ${r.observation.released}  在观察 ${r.observation.current}`,
    `卡点通行：累计 ${r.passages.total}  当日 ${r.passages.today}  发热 ${r.passages.fevers}  劝返 ${r.passages.denied}`,
    `暖心服务：${r.care.households} 户 ${r.care.times} 次`,
    `社工服务：线下 ${r.socialWork.offline}  电话 ${r.socialWork.phone}  线上 ${r.socialWork.online}  受益 ${r.socialWork.beneficiaries}`,
    `党员 ${r.partyMembers}  下沉干部 ${r.dispatchedCadres}  志愿者 ${r.volunteers}`,
  ]
  console.log(lines.join('\n'))
}
