// A4 poster as PNG (1240 × 1754 px, 150 dpi): the SVG sheet rendered by resvg with the
// server's CJK font only, so the result does not depend on what else the machine has.
import { renderAsync } from '@resvg/resvg-js'
import type { CjkFont } from './font.js'

export const A4_PNG_WIDTH = 1240

/** Rendered off the main thread (resvg's renderAsync): a poster takes a few hundred ms. */
export async function posterPng(font: CjkFont, svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: A4_PNG_WIDTH },
    background: '#fff',
    font: {
      loadSystemFonts: false,
      fontFiles: [font.path],
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
    },
  })
  return image.asPng()
}
