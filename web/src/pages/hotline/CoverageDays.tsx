// 24 h coverage, one row per local day: an hour cell is red when any minute of it has no
// expert on duty; the gaps are spelt out beside it.
import { Tag } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../api/client'
import { useTimeZone } from '../../components/format'

export type Coverage = Result<'get', '/api/v1/hotline/coverage'>
const HOUR = 3_600_000

export function CoverageDays({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation()
  const timeZone = useTimeZone()
  const hm = (iso: string) => dayjs(iso).tz(timeZone).format('HH:mm')
  return (
    <div data-testid="hotline-coverage">
      {coverage.days.map((day) => {
        const start = dayjs.tz(day.date, timeZone).valueOf()
        const gaps = day.gaps.map((g) => ({ from: Date.parse(g.from), to: Date.parse(g.to) }))
        const open = (h: number) =>
          gaps.some((g) => g.from < start + (h + 1) * HOUR && g.to > start + h * HOUR)
        return (
          <div key={day.date} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
            <span style={{ width: 96 }}>{day.date}</span>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(24, 1fr)', gap: 1, flex: 1 }}>
              {Array.from({ length: 24 }, (_, h) => (
                <div
                  key={h}
                  title={`${h}:00`}
                  data-gap={open(h) || undefined}
                  style={{ height: 18, background: open(h) ? '#ff4d4f' : '#52c41a' }}
                />
              ))}
            </div>
            <span style={{ width: 280 }}>
              {day.uncoveredMinutes === 0 ? (
                <Tag color="green">{t('hotline.allCovered')}</Tag>
              ) : (
                <Tag color="red">
                  {t('hotline.uncovered', {
                    minutes: day.uncoveredMinutes,
                    spans: day.gaps
                      .map((g) => `${hm(g.from)}–${hm(g.to).replace(/^00:00$/, '24:00')}`)
                      .join('、'),
                  })}
                </Tag>
              )}
            </span>
          </div>
        )
      })}
    </div>
  )
}
