import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const smsMigrations: Record<string, Migration> = {
  '2026-12-06-10-sms-codes': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 短信验证码: only keyed hashes; the code and the phone are never stored in plain text.
      await db.schema
        .createTable('sms_code')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('doc_bidx', 'text', (c) => c.notNull())
        // '' when there was no phone to send to: the request still counts and answers the same
        .addColumn('phone_bidx', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('address_hash', 'text', (c) => c.notNull())
        .addColumn('tries', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('used_at', ts)
        .execute()
      await db.schema.createIndex('sms_code_doc').on('sms_code').columns(['doc_bidx', 'expires_at']).execute()
      await db.schema
        .createIndex('sms_code_phone')
        .on('sms_code')
        .columns(['phone_bidx', 'created_at'])
        .execute()
      await db.schema
        .createIndex('sms_code_address')
        .on('sms_code')
        .columns(['address_hash', 'created_at'])
        .execute()
    },
  },
}
