// The command's body: open (or wipe) the deployment, replay, compare with the report, print.
import type { Config } from '../config.js'
import { openDeployment, cliActor } from '../runtime.js'
import { shiftToYesterday } from './plan.js'
import { reportForCli, situationReport } from '../modules/reports/index.js'
import { isFresh, wipe } from './fresh.js'
import { progressBar } from './progress.js'
import { runDemo, type DemoResult } from './replay.js'
import { compareWithReport } from './compare.js'

export async function buildDemo(
  config: Config,
  opts: { scale: number; force: boolean; json: boolean; shiftToToday?: boolean },
) {
  let db = await openDeployment(config)
  const state = await isFresh(db)
  if (!state.fresh) {
    if (!opts.force) {
      await db.destroy()
      throw new Error(
        `数据库已有数据 / the database already has data (${state.why}): use --force to wipe it, or --data-dir for another`,
      )
    }
    await wipe(config, db)
    db = await openDeployment(config)
  }
  try {
    const bar = progressBar()
    const result = await runDemo(db, {
      scale: opts.scale,
      timeZone: config.timeZone,
      dataDir: config.dataDir,
      deploymentId: config.deploymentId,
      shiftDays: opts.shiftToToday ? shiftToYesterday(config.timeZone) : 0,
      onProgress: (p) => bar.update(p),
    })
    const { seconds, phases } = bar.done()
    const report = await situationReport(db, await cliActor(db), { asOf: result.lastDay }, config.timeZone)
    const diff = compareWithReport(result.planted, report)
    if (opts.json)
      console.log(
        JSON.stringify(
          {
            seconds,
            phases,
            planted: result.planted,
            report: reportForCli(report),
            diff,
            users: users(result),
            staffPassword: result.staffPassword,
          },
          null,
          2,
        ),
      )
    else print(result, diff, seconds, config, phases)
    if (diff.length) process.exitCode = 4
  } finally {
    await db.destroy()
  }
}

function users(r: DemoResult) {
  return r.accounts
    .filter((a) => a.show)
    .map((a) => ({
      role: a.role,
      username: a.username,
      password: a.password ?? a.oneTimePassword,
      scope: a.scopeName,
    }))
}

type Phases = { name: string; seconds: number }[]

function print(r: DemoResult, diff: string[], seconds: number, config: Config, phases: Phases) {
  const p = r.planted
  const out = [
    `马尾区 ${r.firstDay} 至 ${r.lastDay} 演示数据已生成（规模 ${r.plan.scale}，用时 ${seconds.toFixed(1)} 秒）`,
    `各步用时 time per step: ${phases.map((x) => `${x.name} ${x.seconds}s`).join(', ')}`,
    `数据库 database: ${config.databaseUrl ? 'PostgreSQL' : config.sqliteFile}`,
    '',
    '植入的数字 planted figures:',
    `  排查人数 people_screened ${p.people_screened}  电话排查 phone_numbers_screened ${p.phone_numbers_screened}  重点人员 key_persons_filed ${p.key_persons_filed}`,
    `  卡点 checkpoints 村 ${p.checkpoints.village}  社区 ${p.checkpoints.community}  道路 ${p.checkpoints.road}  小区 ${p.checkpoints.compound}`,
    `  居家观察 observation 累计 ${p.observation.cumulative}  解除 ${p.observation.released}  在观察 ${p.observation.current}`,
    `  暖心服务 care ${p.care.households} 户 ${p.care.times} 次`,
    `  社工 social_work 线下 ${p.social_work.offline}  电话 ${p.social_work.phone}  线上 ${p.social_work.online}  受益 ${p.social_work.beneficiaries}`,
    `  党员 party_members ${p.party_members}  下沉干部 dispatched_cadres ${p.dispatched_cadres}`,
    '',
    diff.length
      ? `与报告不一致 report differs:\n  ${diff.join('\n  ')}`
      : `lianfang report --as-of ${r.lastDay} --json 与植入数字一致 / matches the planted figures`,
    '',
    '演示账号 demo accounts (role, username, password, scope):',
    ...users(r).map(
      (u) => `  ${u.role.padEnd(20)} ${u.username.padEnd(16)} ${u.password.padEnd(20)} ${u.scope}`,
    ),
    `  其余 ${r.accounts.length - users(r).length} 个工作账号（网格员、各卡点值守等，用户名见「账号管理」）共用密码 ${r.staffPassword}，首次登录须修改`,
    `  the other staff accounts (grid members, the gates gate###…) share that password, changed at first sign-in`,
  ]
  console.log(out.join('\n'))
}
