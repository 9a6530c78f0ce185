// The CJK font that PDF and PNG posters need (SVG leaves glyphs to the printing browser).
// Found once: LIANFANG_CJK_FONT, else the usual places on Debian/Ubuntu (fonts-noto-cjk),
// other Linux distributions, macOS and Windows. Read and parsed once, kept for the process.
import { existsSync, readFileSync } from 'node:fs'
import type { Config } from '../../config.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { fontFaces, pickChineseFace, type FontFace } from './font.names.js'

export const FontErrors = defineErrors({
  POSTER_FONT_MISSING: {
    status: 503,
    zh: '服务器缺少中文字体，无法生成 PDF/PNG 海报（SVG 海报仍可使用）：请安装 fonts-noto-cjk，或用 LIANFANG_CJK_FONT 指定字体文件',
    en: 'No CJK font on the server, so no PDF/PNG posters (SVG still works): install fonts-noto-cjk or set LIANFANG_CJK_FONT',
  },
})

export const CJK_FONT_PATHS: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian, Ubuntu: fonts-noto-cjk
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch: noto-fonts-cjk
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', // Fedora
  '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', // 文泉驿
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/System/Library/Fonts/PingFang.ttc', // macOS
  '/System/Library/Fonts/STHeiti Medium.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc', // 微软雅黑
  'C:\\Windows\\Fonts\\simhei.ttf', // 黑体
]

export interface CjkFont extends FontFace {
  path: string
  data: Buffer
}

/** The font file to use, or undefined: the configured one, else the first usual one present. */
export function locateCjkFont(
  config: Pick<Config, 'cjkFont'>,
  candidates: readonly string[] = CJK_FONT_PATHS,
): string | undefined {
  if (config.cjkFont === 'none') return undefined
  if (config.cjkFont) return config.cjkFont
  return candidates.find((p) => existsSync(p))
}

const loaded = new Map<string, CjkFont>()

function loadFont(path: string): CjkFont | undefined {
  const data = readFileSync(path)
  const face = pickChineseFace(fontFaces(data))
  return face && { ...face, path, data }
}

/** The parsed font, cached by path; POSTER_FONT_MISSING when there is none to use. */
export function cjkFont(config: Pick<Config, 'cjkFont'>, candidates?: readonly string[]): CjkFont {
  const path = locateCjkFont(config, candidates)
  if (!path) throw new AppError(FontErrors.POSTER_FONT_MISSING)
  let font = loaded.get(path)
  if (!font) {
    font = loadFont(path)
    if (!font) throw new AppError(FontErrors.POSTER_FONT_MISSING, { path })
    loaded.set(path, font)
  }
  return font
}
