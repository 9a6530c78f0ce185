// 趋势图: observations started and released per day, alerts per day by kind, and the as-of
// day's checkpoint passages per hour. Loaded lazily: ECharts stays out of the figures' way.
import { Card, Col, Row } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EChart, type ChartOption } from './EChart'
import type { Trends } from './figures'

const base = {
  animation: false,
  grid: { left: 40, right: 16, top: 40, bottom: 28 },
  tooltip: { trigger: 'axis' },
  legend: { top: 4 },
  yAxis: { type: 'value', minInterval: 1 },
}

export default function TrendCharts({ trends }: { trends: Trends }) {
  const { t } = useTranslation()
  const options = useMemo((): Record<'observations' | 'passages' | 'alerts', ChartOption> => {
    const days = trends.days.map((d) => d.date.slice(5))
    const bar = (name: string, data: number[], stack?: string) => ({ type: 'bar', name, data, stack })
    return {
      observations: {
        ...base,
        xAxis: { type: 'category', data: days },
        series: [
          {
            type: 'line',
            name: t('dashboard.charts.started'),
            data: trends.days.map((d) => d.observationsStarted),
          },
          {
            type: 'line',
            name: t('dashboard.charts.released'),
            data: trends.days.map((d) => d.observationsReleased),
          },
        ],
      },
      passages: {
        ...base,
        xAxis: { type: 'category', data: trends.passagesByHour.map((h) => `${h.hour}:00`) },
        series: [
          bar(
            t('dashboard.charts.in'),
            trends.passagesByHour.map((h) => h.in),
            'p',
          ),
          bar(
            t('dashboard.charts.out'),
            trends.passagesByHour.map((h) => h.out),
            'p',
          ),
        ],
      },
      alerts: {
        ...base,
        xAxis: { type: 'category', data: days },
        series: (['fever', 'symptoms', 'missedSlot'] as const).map((k) =>
          bar(
            t(`dashboard.charts.${k}`),
            trends.days.map((d) => d.alerts[k]),
            'a',
          ),
        ),
      },
    }
  }, [trends, t])
  const n = trends.days.length
  const chart = (key: keyof typeof options, title: string) => (
    <Col xs={24} xl={8}>
      <Card size="small" title={title}>
        <EChart option={options[key]} testId={`chart-${key}`} />
      </Card>
    </Col>
  )
  return (
    <Row gutter={[16, 16]}>
      {chart('observations', t('dashboard.charts.observations', { days: n }))}
      {chart('passages', t('dashboard.charts.passages', { date: trends.asOf }))}
      {chart('alerts', t('dashboard.charts.alerts', { days: n }))}
    </Row>
  )
}
