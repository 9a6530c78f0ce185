import { describe, expect, it } from 'vitest'
import { publicBulletin, showCount, type BulletinFigures } from './bulletin.js'

const figures = (over: Partial<BulletinFigures>): BulletinFigures => ({
  newToday: 0,
  releasedToday: 0,
  current: 0,
  compounds: [],
  ...over,
})

describe('daily bulletin counts', () => {
  it('hides every count under the threshold, whatever the threshold', () => {
    expect([0, 1, 2, 3].map((n) => showCount(n, 3))).toEqual(['无', '少于3人', '少于3人', '3人'])
    const b = publicBulletin('2020-02-09', figures({ releasedToday: 4, current: 4 }), 5)
    expect(b).toMatchObject({ releasedToday: '少于5人', current: '少于5人', newToday: '无' })
  })

  it('lists only compounds with new people, and never lets the total give one away', () => {
    const b = publicBulletin(
      '2020-02-09',
      figures({
        newToday: 9,
        current: 12,
        compounds: [
          { regionId: 'a', name: '江滨小区', newToday: 7 },
          { regionId: 'b', name: '马限小区', newToday: 2 },
          { regionId: 'c', name: '船政小区', newToday: 0 },
        ],
      }),
    )
    expect(b.compounds).toEqual([
      { name: '江滨小区', newToday: '7人' },
      { name: '马限小区', newToday: '少于3人' },
    ])
    expect(b.newToday).toBe('不少于7人')
    // 12 still observed, 9 of them new: 12 - 9 + 7 = 10 is all that may be said
    expect(b.current).toBe('不少于10人')
  })

  it('shows the exact total when two hidden compounds cannot be told apart', () => {
    const b = publicBulletin(
      '2020-02-09',
      figures({
        newToday: 3,
        compounds: [
          { regionId: 'a', name: '甲小区', newToday: 1 },
          { regionId: 'b', name: '乙小区', newToday: 2 },
        ],
      }),
    )
    expect(b.newToday).toBe('3人')
    expect(b.compounds.map((c) => c.newToday)).toEqual(['少于3人', '少于3人'])
  })
})
