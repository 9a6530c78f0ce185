// The faces inside a font file, read from its `name` table: a .ttc collection holds several
// (Noto Sans CJK: JP, KR, SC, TC, HK and Mono), and pdfkit needs the PostScript name of one,
// resvg the family name. A few dozen lines here spare a dependency on fontkit's internals.

export interface FontFace {
  /** nameID 6, e.g. NotoSansCJKsc-Regular: what pdfkit picks a face of a .ttc by */
  postscriptName: string
  /** nameID 16 (or 1), e.g. Noto Sans CJK SC: what an SVG's font-family matches */
  family: string
}

const tag = (buf: Buffer, at: number) => buf.toString('latin1', at, at + 4)

function decodeName(buf: Buffer, platform: number, at: number, length: number): string {
  if (platform === 1) return buf.toString('latin1', at, at + length) // Mac Roman, ASCII names
  const units = Buffer.from(buf.subarray(at, at + length)) // UTF-16 big-endian
  return units.swap16().toString('utf16le')
}

/** Names of the face whose table directory starts at `offset`. */
function readFace(buf: Buffer, offset: number): FontFace | undefined {
  const tables = buf.readUInt16BE(offset + 4)
  let name = -1
  for (let i = 0; i < tables; i++) {
    const entry = offset + 12 + i * 16
    if (tag(buf, entry) === 'name') name = buf.readUInt32BE(entry + 8)
  }
  if (name < 0) return undefined
  const count = buf.readUInt16BE(name + 2)
  const strings = name + buf.readUInt16BE(name + 4)
  const found = new Map<number, string>()
  for (let i = 0; i < count; i++) {
    const rec = name + 6 + i * 12
    const [platform, , language, id] = [0, 2, 4, 6].map((d) => buf.readUInt16BE(rec + d))
    const english = platform === 1 ? language === 0 : platform === 3 && language === 0x409
    if (!english || ![1, 6, 16].includes(id) || found.has(id)) continue
    const length = buf.readUInt16BE(rec + 8)
    found.set(id, decodeName(buf, platform, strings + buf.readUInt16BE(rec + 10), length))
  }
  const postscriptName = found.get(6)
  const family = found.get(16) ?? found.get(1)
  return postscriptName && family ? { postscriptName, family } : undefined
}

/** Every face of a .ttf / .otf (one) or .ttc (several); [] for what is not a font. */
export function fontFaces(buf: Buffer): FontFace[] {
  try {
    if (tag(buf, 0) !== 'ttcf') return [readFace(buf, 0)].filter((f) => f !== undefined)
    const n = buf.readUInt32BE(8)
    return Array.from({ length: n }, (_, i) => readFace(buf, buf.readUInt32BE(12 + i * 4))).filter(
      (f) => f !== undefined,
    )
  } catch {
    return [] // truncated or not a font: RangeError from the reads
  }
}

/** The face for Simplified Chinese: "SC"/"GB"/"Hans" in the name first, monospaced last. */
export function pickChineseFace(faces: FontFace[]): FontFace | undefined {
  const score = (f: FontFace) =>
    (/(sc|SC)(-|$)|GB|Hans/.test(f.postscriptName) ? 2 : 0) - (/mono/i.test(f.postscriptName) ? 1 : 0)
  return [...faces].sort((a, b) => score(b) - score(a))[0]
}
