// lianfang audit verify [--anchor FILE] | lianfang audit anchor
import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { CliKit } from '../../core/module.js'
import { verifyAuditChain, type ChainReport } from '../../core/audit.js'
import { foldAllAuditInbox } from '../../core/audit-inbox.js'
import { checkAnchor, takeAnchor } from './audit.anchor.js'

const brokenLine = (r: ChainReport) =>
  `审计链断裂 / audit chain BROKEN at entry ${r.brokenAt}: ${r.reason} (${r.checked} entries verified before it)`

const intactLine = (r: ChainReport) =>
  `审计链完好 / audit chain intact: ${r.checked} entries` +
  (r.legacy ? ` (${r.legacy} from before the keyed chain, linked by plain SHA-256)` : '')

export function auditCli(program: Command, kit: CliKit) {
  const audit = program.command('audit').description('审计日志 / audit log')
  audit
    .command('verify')
    .description('校验审计日志哈希链 / verify the audit log hash chain')
    .option(
      '--anchor <file>',
      '并核对锚点文件 / also check it against an anchor file (lianfang audit anchor)',
    )
    .action(async (opts: { anchor?: string }) =>
      kit.withDeployment(async (db) => {
        // what a running server has not yet moved onto the chain is verified too
        await foldAllAuditInbox(db)
        if (opts.anchor) {
          let anchor: unknown
          try {
            anchor = JSON.parse(readFileSync(opts.anchor, 'utf8'))
          } catch {
            anchor = undefined
          }
          const check = await checkAnchor(db, anchor)
          if (!check.chain.ok) console.error(brokenLine(check.chain))
          if (!check.ok) {
            console.error(`锚点不符 / anchor check FAILED: ${check.reason}`)
            process.exitCode = 3
            return
          }
          console.log(intactLine(check.chain))
          console.log(`锚点相符 / anchor matches: entry ${(anchor as { seq: number }).seq}`)
          return
        }
        const report = await verifyAuditChain(db)
        if (report.ok) console.log(intactLine(report))
        else {
          console.error(brokenLine(report))
          process.exitCode = 3
        }
      }),
    )
  audit
    .command('anchor')
    .description('打印签名的链头，另行保存 / print the signed chain head, to keep elsewhere')
    .option('--out <file>', '写入文件 / write it to a new file instead of printing it')
    .action(async (opts: { out?: string }) =>
      kit.withDeployment(async (db, config) => {
        const result = await takeAnchor(db, config.deploymentId)
        if (!result.ok) {
          console.error(
            result.report.head === undefined && result.report.checked === 0 && !result.report.brokenAt
              ? '审计日志为空 / the audit log is empty: nothing to anchor'
              : brokenLine(result.report),
          )
          process.exitCode = 3
          return
        }
        const text = JSON.stringify(result.anchor, null, 2) + '\n'
        if (opts.out) writeFileSync(opts.out, text, { flag: 'wx' })
        else process.stdout.write(text)
        console.error(`锚点 / anchor: entry ${result.anchor.seq}, ${result.anchor.hash}`)
      }),
    )
}
