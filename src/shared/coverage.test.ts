import { describe, expect, it } from 'vitest'
import { totalLength, uncoveredIntervals } from './coverage.js'

const H = 3_600_000
const day = { from: 0, to: 24 * H }

describe('uncoveredIntervals', () => {
  it('reports the whole window when nobody is on shift', () => {
    expect(uncoveredIntervals([], day)).toEqual([day])
  })

  it('finds the holes between, before and after overlapping shifts', () => {
    const shifts = [
      { from: 8 * H, to: 16 * H },
      { from: 2 * H, to: 6 * H },
      { from: 12 * H, to: 20 * H }, // overlaps the day shift
    ]
    expect(uncoveredIntervals(shifts, day)).toEqual([
      { from: 0, to: 2 * H },
      { from: 6 * H, to: 8 * H },
      { from: 20 * H, to: 24 * H },
    ])
  })

  it('clips shifts that run over the window edges and ignores empty ones', () => {
    const shifts = [
      { from: -4 * H, to: 9 * H },
      { from: 9 * H, to: 9 * H },
      { from: 9 * H, to: 30 * H },
    ]
    expect(uncoveredIntervals(shifts, day)).toEqual([])
    expect(totalLength(uncoveredIntervals([{ from: 0, to: 23 * H }], day))).toBe(H)
  })
})
