// Finding the CJK font (no database): the configured file first, then the usual places.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.js'
import { AppError } from '../../core/errors.js'
import { CJK_FONT_PATHS, cjkFont, locateCjkFont } from './font.js'
import { fontFaces, pickChineseFace } from './font.names.js'

const found = locateCjkFont({ cjkFont: undefined })

describe('the poster font', () => {
  it('stops start-up with one line naming LIANFANG_CJK_FONT when the file is not there', () => {
    expect(() => loadConfig({ LIANFANG_CJK_FONT: '/nowhere/font.ttc' })).toThrow(ConfigError)
    expect(() => loadConfig({ LIANFANG_CJK_FONT: '/nowhere/font.ttc' })).toThrow(/^LIANFANG_CJK_FONT: /)
    expect(loadConfig({ LIANFANG_CJK_FONT: 'none' }).cjkFont).toBe('none')
  })

  it('takes the configured file, else the first usual one present, else none', () => {
    expect(locateCjkFont({ cjkFont: '/fonts/mine.ttf' }, [])).toBe('/fonts/mine.ttf')
    expect(locateCjkFont({ cjkFont: 'none' })).toBeUndefined()
    expect(locateCjkFont({ cjkFont: undefined }, [])).toBeUndefined()
    expect(locateCjkFont({ cjkFont: undefined }, ['/nowhere.ttc', ...CJK_FONT_PATHS])).toBe(found)
  })

  it('answers POSTER_FONT_MISSING when there is no font, or the file is not one', () => {
    const code = (fn: () => unknown) => {
      try {
        fn()
      } catch (e) {
        return (e as AppError).code
      }
    }
    expect(code(() => cjkFont({ cjkFont: undefined }, []))).toBe('POSTER_FONT_MISSING')
    expect(code(() => cjkFont({ cjkFont: 'package.json' }))).toBe('POSTER_FONT_MISSING')
  })

  it.skipIf(!found?.endsWith('NotoSansCJK-Regular.ttc'))(
    'picks the Simplified Chinese face of a collection',
    () => {
      const faces = fontFaces(readFileSync(found!))
      expect(faces.map((f) => f.postscriptName)).toContain('NotoSansCJKjp-Regular')
      expect(pickChineseFace(faces)).toEqual({
        postscriptName: 'NotoSansCJKsc-Regular',
        family: 'Noto Sans CJK SC',
      })
      expect(cjkFont({ cjkFont: undefined })).toBe(cjkFont({ cjkFont: found })) // parsed once
    },
  )

  it('prefers SC over other regions and proportional over monospaced faces', () => {
    const face = (postscriptName: string) => ({ postscriptName, family: postscriptName })
    const names = ['PingFangTC-Regular', 'PingFangSC-Regular', 'WenQuanYiZenHeiMono', 'WenQuanYiZenHei']
    expect(pickChineseFace(names.slice(0, 2).map(face))?.postscriptName).toBe('PingFangSC-Regular')
    expect(pickChineseFace(names.slice(2).map(face))?.postscriptName).toBe('WenQuanYiZenHei')
    expect(fontFaces(Buffer.from('not a font'))).toEqual([])
  })
})
