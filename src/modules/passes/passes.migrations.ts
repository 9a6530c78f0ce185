import { sql, type Kysely, type Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const passesMigrations: Record<string, Migration> = {
  '2026-11-30-50-passes': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 码色规则: each edit is a new version; the highest version is in force.
      await db.schema
        .createTable('colour_rule_set')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('person_colour')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('colour', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('rules_version', 'integer', (c) => c.notNull())
        .addColumn('computed_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('person_colour_region')
        .on('person_colour')
        .columns(['region_id', 'colour'])
        .execute()
      await db.schema
        .createTable('colour_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        // per person, in order: several changes may share a millisecond inside one transaction
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('colour', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('rules_version', 'integer', (c) => c.notNull())
        .addColumn('cause', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('colour_history_person')
        .on('colour_history')
        .columns(['person_id', 'seq'])
        .unique()
        .execute()
      // 病例状态: confirmed / suspected / central quarantine, set by staff.
      await db.schema
        .createTable('case_status')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('set_by', 'text', (c) => c.notNull())
        .addColumn('set_at', ts, (c) => c.notNull())
        .execute()
      // 人工改码: requested by one account, approved by another.
      await db.schema
        .createTable('colour_change')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('colour', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('until', ts)
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_at', ts, (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', ts)
        .execute()
      await db.schema
        .createIndex('colour_change_person')
        .on('colour_change')
        .columns(['person_id', 'status'])
        .execute()
      await db.schema
        .createIndex('colour_change_region')
        .on('colour_change')
        .columns(['region_id', 'status'])
        .execute()
      await db.schema
        .createTable('signing_key')
        .addColumn('kid', 'text', (c) => c.primaryKey())
        .addColumn('public_x', 'text', (c) => c.notNull())
        // the private JWK, sealed with encryptField (the deployment's data key)
        .addColumn('private_enc', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('retired_at', ts)
        .addColumn('publish_until', ts)
        .execute()
      await db.schema
        .createTable('pass')
        .addColumn('pid', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kid', 'text', (c) => c.notNull())
        .addColumn('colour', 'text', (c) => c.notNull())
        .addColumn('issued_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('revoked_at', ts)
        .addColumn('revoke_reason', 'text')
        .execute()
      await db.schema.createIndex('pass_person').on('pass').columns(['person_id', 'expires_at']).execute()
      await db.schema.createIndex('pass_revoked').on('pass').columns(['revoked_at', 'expires_at']).execute()
      await db.schema.createIndex('pass_kid').on('pass').columns(['kid', 'expires_at']).execute()
      // A resident's phone holds a random secret; only its SHA-256 is kept here.
      await db.schema
        .createTable('pass_device')
        .addColumn('secret_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_used_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('pass_device_person').on('pass_device').column('person_id').execute()
    },
  },
  '2026-12-06-12-device-proof': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // A device is listed and revoked by an id that is not its secret's hash; confirmed
      // (bound) when a code, a gate or the community confirmed who holds it.
      await db.schema.alterTable('pass_device').addColumn('id', 'text').execute()
      await db.schema.alterTable('pass_device').addColumn('confirmed_at', ts).execute()
      await db.schema.alterTable('pass_device').addColumn('confirmed_by', 'text').execute()
      await db.schema.alterTable('pass_device').addColumn('revoked_at', ts).execute()
      await sql`update pass_device set id = substr(secret_hash, 1, 24)`.execute(db)
      await db.schema.createIndex('pass_device_id').on('pass_device').column('id').unique().execute()
      // the device a pass went to; null for passes staff issued (confirmed by them)
      await db.schema.alterTable('pass').addColumn('device_id', 'text').execute()
    },
  },
  '2026-12-06-14-claimant-device': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      await db.schema
        .createTable('claimant_device')
        .addColumn('secret_hash', 'text', (c) => c.primaryKey())
        .addColumn('claimant', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_used_at', ts, (c) => c.notNull())
        .execute()
    },
  },
  '2026-12-06-22-signing-key-compromised': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 密钥泄露: a compromised key is unpublished at once, not kept until its passes expire.
      await db.schema.alterTable('signing_key').addColumn('compromised_at', timestampType(db)).execute()
    },
  },
}
