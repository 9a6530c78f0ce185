import { describe, expect, it } from 'vitest'
import { decodeBase45, encodeBase45 } from './base45.js'
import { decodeBase64Url, encodeBase64Url } from './bytes.js'

const text = (s: string) => new TextEncoder().encode(s)

describe('base45 (RFC 9285)', () => {
  it('matches the RFC examples', () => {
    expect(encodeBase45(text('AB'))).toBe('BB8')
    expect(encodeBase45(text('Hello!!'))).toBe('%69 VD92EX0')
    expect(encodeBase45(text('base-45'))).toBe('UJCLQE7W581')
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0'))).toBe('ietf!')
  })

  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff)
      expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes)
    }
    const extremes = new Uint8Array([0xff, 0xff, 0x00, 0x00, 0xff])
    expect(decodeBase45(encodeBase45(extremes))).toEqual(extremes)
  })

  it('rejects bad characters, lengths and out-of-range groups', () => {
    for (const bad of ['GGW', 'A', 'ABCD', 'ab', 'A\u00e9B', '::', 'AB=', 'AB\n']) {
      expect(() => decodeBase45(bad), bad).toThrow(/base45/)
    }
  })
})

describe('base64url', () => {
  it('round-trips without padding and rejects other alphabets', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 251 + 7) & 0xff)
      const encoded = encodeBase64Url(bytes)
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/)
      expect(decodeBase64Url(encoded)).toEqual(bytes)
    }
    for (const bad of ['ab+c', 'ab/c', 'AQ==', 'A', 'a b']) expect(() => decodeBase64Url(bad), bad).toThrow()
  })
})
