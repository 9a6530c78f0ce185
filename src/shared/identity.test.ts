import { describe, expect, it } from 'vitest'
import {
  checkResidentId,
  maskDocument,
  maskName,
  maskPhone,
  normalizeMobile,
  residentIdCheckDigit,
} from './identity.js'

describe('resident ID numbers', () => {
  it('accepts a valid number with an X check digit and rejects a changed digit', () => {
    // 11010519491231002X is the textbook example of the national standard
    expect(checkResidentId('11010519491231002X')).toBeNull()
    expect(checkResidentId('11010519491231002x')).toBeNull()
    expect(checkResidentId('110105194912310021')).toBe('checksum')
  })
  it('rejects impossible birth dates and wrong lengths', () => {
    const first17 = '35010519900230123' // 30 February
    expect(checkResidentId(first17 + residentIdCheckDigit(first17))).toBe('birth_date')
    expect(checkResidentId('3501051990')).toBe('format')
    const future = '350105' + '2999' + '0101' + '123'
    expect(checkResidentId(future + residentIdCheckDigit(future))).toBe('birth_date')
  })
})

describe('mobile numbers and masks', () => {
  it('normalises +86 and separators, rejects landlines and short numbers', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678')
    expect(normalizeMobile('0591-88888888')).toBeNull()
    expect(normalizeMobile('1381234567')).toBeNull()
    expect(normalizeMobile('12812345678')).toBeNull()
  })
  it('masks as staff expect to see them', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('张小三')).toBe('张*三')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
    expect(maskDocument('350105199003071234')).toBe('3501**********1234')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
