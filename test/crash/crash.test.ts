import { describe, expect, it } from 'vitest'
import { dialects } from '../db.js'
import { adminUrl } from '../pg-url.js'
import { crashRounds } from './crash.js'

describe.each(dialects)('passages survive kill -9 on %s', (dialect) => {
  it('keeps every acknowledged passage exactly once over two rounds', { timeout: 240_000 }, async () => {
    for (const r of await crashRounds(dialect, 2, adminUrl())) {
      expect(r.acknowledged).toBeGreaterThan(0)
      expect(r).toMatchObject({ lost: 0, duplicated: 0, miscounted: 0 })
    }
  })
})
