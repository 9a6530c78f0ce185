// lianfang keys rotate | keys revoke <kid> --compromised | keys list | pass show --document <n> [--json]
import type { Command } from 'commander'
import type { Config } from '../../config.js'
import { inTransaction, type Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import type { CliKit } from '../../core/module.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { findPersonByDocument } from '../people/index.js'
import { KeyErrors, listKeys, revokeCompromisedKey, rotateSigningKey } from './keys.service.js'
import { issuePass } from './pass.service.js'

export function passesCli(program: Command, { withDeployment }: CliKit) {
  const run = (fn: (db: Db, actor: Actor, config: Config) => Promise<void>) =>
    withDeployment((db, config, actor) => fn(db, actor, config))
  const keys = program.command('keys').description('通行码签名密钥 / pass signing keys')
  keys
    .command('rotate')
    .description(
      '轮换签名密钥，旧密钥保留发布至其最后一张通行码过期 / rotate; old keys stay published until their passes expire',
    )
    .action(async () =>
      run(async (db, actor) => {
        const { kid, retired } = await inTransaction(db, (trx) => rotateSigningKey(trx, actor))
        console.log(`新密钥 new key: ${kid}${retired ? `  (已停用 retired: ${retired})` : ''}`)
      }),
    )
  keys
    .command('revoke <kid>')
    .description(
      '吊销已泄露的密钥：立即停止发布，其签发的通行码一律无效 / revoke a compromised key: unpublished at once, its passes stop verifying',
    )
    .option('--compromised', '确认密钥已泄露 / confirm the key is compromised (required)')
    .action(async (kid: string, opts: { compromised?: boolean }) => {
      // Routine retirement is `keys rotate`; this one invalidates passes in people's hands.
      if (!opts.compromised) throw new AppError(KeyErrors.KEY_REVOKE_UNCONFIRMED)
      await run(async (db, actor) => {
        const r = await inTransaction(db, (trx) => revokeCompromisedKey(trx, actor, kid))
        console.log(`已吊销 revoked: ${r.kid}${r.replacedBy ? `  新密钥 new key: ${r.replacedBy}` : ''}`)
      })
    })
  keys
    .command('list')
    .description('列出签名密钥 / list signing keys')
    .action(async () =>
      run(async (db) => {
        for (const k of await listKeys(db))
          console.log(
            [
              k.kid,
              k.createdAt,
              k.compromisedAt
                ? `compromised ${k.compromisedAt}`
                : k.retiredAt
                  ? `retired ${k.retiredAt}`
                  : 'active',
              k.publishUntil ?? '',
            ].join('\t'),
          )
      }),
    )
  program
    .command('pass')
    .description('通行码 / passes')
    .command('show')
    .description('为证件号对应人员签发并显示通行码 / issue and show a pass for a document number')
    .requiredOption('--document <number>', '证件号码 document number')
    .option('--json', 'JSON output: {"qr","color","expires"}')
    .action(async (opts: { document: string; json?: boolean }) =>
      run(async (db, actor, config) => {
        const person = await findPersonByDocument(db, actor, opts.document)
        if (!person) throw new AppError(CommonErrors.NOT_FOUND, { what: 'person' })
        const pass = await inTransaction(db, (trx) => issuePass(trx, person.id, config, 'pass.cli'))
        if (opts.json) console.log(JSON.stringify({ qr: pass.qr, color: pass.colour, expires: pass.expires }))
        else
          console.log(
            `${pass.name}  ${pass.colour}  ${pass.expires}\n${pass.reasons.map((r) => r.zh).join('；')}\n${pass.qr}`,
          )
      }),
    )
}
