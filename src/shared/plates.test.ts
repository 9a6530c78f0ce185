import { describe, expect, it } from 'vitest'
import { checkPlate } from './plates.js'

describe('mainland plate numbers', () => {
  it.each([
    ['闽A12345', 'regular'],
    ['闽a·1b2c3', 'regular'],
    ['京N 8F8F8', 'regular'],
    ['闽AD12345', 'new_energy'],
    ['粤BF12345', 'new_energy'],
    ['沪A12345D', 'new_energy'],
    ['闽A1234学', 'special'],
    ['粤Z1234港', 'special'],
    ['使123456', 'special'],
  ])('accepts %s as %s', (raw, kind) => {
    expect(checkPlate(raw)?.kind).toBe(kind)
  })

  it.each(['闽A1234', '闽I12345', 'AB12345', '闽A123456', '闽AO1234', '美A12345', '闽AD1234X', ''])(
    'refuses %s',
    (raw) => {
      expect(checkPlate(raw)).toBeNull()
    },
  )

  it('normalises separators and case', () => {
    expect(checkPlate(' 闽a-d1234 5')?.plate).toBe('闽AD12345')
  })
})
