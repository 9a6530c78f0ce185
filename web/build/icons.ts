// App icons for the light PWAs, drawn from a few shapes: an SVG and PNGs (192, 512) made
// here at build time, so that no binary file lives in the repository.
import { deflateSync } from 'node:zlib'

type Point = [number, number]
export type Shape =
  | { kind: 'polygon'; points: Point[]; fill: 'fg' | 'bg' }
  | { kind: 'line'; from: Point; to: Point; width: number; fill: 'fg' | 'bg' }

export interface IconSpec {
  /** background colour, #rrggbb */
  color: string
  /** in a unit square, drawn in order over the background */
  shapes: Shape[]
}

const FG = '#ffffff'

export function iconSvg({ color, shapes }: IconSpec): string {
  const s = (n: number) => +(n * 512).toFixed(1)
  const body = shapes.map((shape) => {
    const fill = shape.fill === 'fg' ? FG : color
    if (shape.kind === 'polygon')
      return `<polygon fill="${fill}" points="${shape.points.map(([x, y]) => `${s(x)},${s(y)}`).join(' ')}"/>`
    const [[x1, y1], [x2, y2]] = [shape.from, shape.to]
    return `<line stroke="${fill}" stroke-width="${s(shape.width)}" stroke-linecap="round" x1="${s(x1)}" y1="${s(y1)}" x2="${s(x2)}" y2="${s(y2)}"/>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="${color}"/>${body.join('')}</svg>\n`
}

function inPolygon([x, y]: Point, points: Point[]): boolean {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function nearSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point, width: number): boolean {
  const [dx, dy] = [x2 - x1, y2 - y1]
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

/** A full-bleed square PNG (fit for `maskable`), 4×4 samples per pixel. */
export function iconPng({ color, shapes }: IconSpec, size: number): Buffer {
  const [bg, fg] = [rgb(color), rgb(FG)]
  const raw = Buffer.alloc((size * 3 + 1) * size)
  for (let py = 0; py < size; py++) {
    raw[py * (size * 3 + 1)] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      let fgSamples = 0
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p: Point = [(px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size]
          let fill: 'fg' | 'bg' = 'bg'
          for (const shape of shapes)
            if (
              shape.kind === 'polygon'
                ? inPolygon(p, shape.points)
                : nearSegment(p, shape.from, shape.to, shape.width)
            )
              fill = shape.fill
          if (fill === 'fg') fgSamples++
        }
      const a = fgSamples / 16
      const at = py * (size * 3 + 1) + 1 + px * 3
      for (let c = 0; c < 3; c++) raw[at + c] = Math.round(fg[c] * a + bg[c] * (1 - a))
    }
  }
  return png(size, raw)
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function png(size: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** 卡点: a shield with a tick. */
export const gateIcon = (color: string): IconSpec => ({
  color,
  shapes: [
    {
      kind: 'polygon',
      fill: 'fg',
      points: [
        [0.5, 0.16],
        [0.79, 0.27],
        [0.76, 0.56],
        [0.5, 0.84],
        [0.24, 0.56],
        [0.21, 0.27],
      ],
    },
    { kind: 'line', fill: 'bg', from: [0.37, 0.49], to: [0.47, 0.6], width: 0.07 },
    { kind: 'line', fill: 'bg', from: [0.47, 0.6], to: [0.65, 0.39], width: 0.07 },
  ],
})

/** 居民: a house with a cross. */
export const residentIcon = (color: string): IconSpec => ({
  color,
  shapes: [
    {
      kind: 'polygon',
      fill: 'fg',
      points: [
        [0.5, 0.17],
        [0.84, 0.47],
        [0.16, 0.47],
      ],
    },
    {
      kind: 'polygon',
      fill: 'fg',
      points: [
        [0.26, 0.44],
        [0.74, 0.44],
        [0.74, 0.82],
        [0.26, 0.82],
      ],
    },
    { kind: 'line', fill: 'bg', from: [0.5, 0.52], to: [0.5, 0.72], width: 0.08 },
    { kind: 'line', fill: 'bg', from: [0.4, 0.62], to: [0.6, 0.62], width: 0.08 },
  ],
})
