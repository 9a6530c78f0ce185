import { describe, expect, it } from 'vitest'
import { uuidv7 } from './uuid7.js'

describe('uuidv7', () => {
  it('is a version 7 UUID whose first 48 bits are the milliseconds, so ids sort by time', () => {
    const at = Date.UTC(2026, 11, 7, 3, 30, 0, 123)
    const id = uuidv7(at)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at)
    const later = [at + 1, at + 1000, at + 86_400_000].map((t) => uuidv7(t))
    expect([...later, id].sort()).toEqual([id, ...later])
  })

  it('keeps ids made within one millisecond in the order they were made', () => {
    const at = Date.UTC(2027, 0, 1)
    const ids = Array.from({ length: 5000 }, () => uuidv7(at))
    expect(new Set(ids).size).toBe(5000)
    expect([...ids].sort()).toEqual(ids)
  })
})
