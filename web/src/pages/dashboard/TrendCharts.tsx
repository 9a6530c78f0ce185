// 趋势图: observations started and released per day, checkpoint passages per day (in and
// out), alerts per day by kind — each series in its meaning's colour (palette.ts). Loaded
// lazily: ECharts stays out of the figures' way.
import { Card, Col, Row } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EChart, type ChartOption } from './EChart'
import type { Trends } from './figures'
import { PALETTE, type Meaning } from '../../palette'
import { CHART_HEIGHT } from './chartSize'

const base = {
  animation: false,
  grid: { left: 44, right: 12, top: 36, bottom: 24 },
  tooltip: { trigger: 'axis' },
  legend: { top: 2 },
  yAxis: { type: 'value', minInterval: 1 },
}

/** A series drawn in the colour of its meaning: line, symbol, bar, legend and tooltip alike. */
const series = (type: 'line' | 'bar', meaning: Meaning, name: string, data: number[], stack?: string) => ({
  type,
  name,
  data,
  stack,
  color: PALETTE[meaning],
  itemStyle: { color: PALETTE[meaning] },
  ...(type === 'line' && { lineStyle: { color: PALETTE[meaning], width: 2 }, symbolSize: 4 }),
})

export default function TrendCharts({ trends }: { trends: Trends }) {
  const { t } = useTranslation()
  const options = useMemo((): Record<'observations' | 'passages' | 'alerts', ChartOption> => {
    const days = trends.days.map((d) => d.date.slice(5))
    const xAxis = { type: 'category', data: days }
    return {
      observations: {
        ...base,
        xAxis,
        series: [
          series(
            'line',
            'started',
            t('dashboard.charts.started'),
            trends.days.map((d) => d.observationsStarted),
          ),
          series(
            'line',
            'released',
            t('dashboard.charts.released'),
            trends.days.map((d) => d.observationsReleased),
          ),
        ],
      },
      passages: {
        ...base,
        xAxis,
        series: [
          series(
            'bar',
            'in',
            t('dashboard.charts.in'),
            trends.days.map((d) => d.passages.in),
            'p',
          ),
          series(
            'bar',
            'out',
            t('dashboard.charts.out'),
            trends.days.map((d) => d.passages.out),
            'p',
          ),
        ],
      },
      alerts: {
        ...base,
        xAxis,
        series: (['fever', 'symptoms', 'missedSlot'] as const).map((k) =>
          series(
            'bar',
            k,
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
    <Col xs={24} lg={8}>
      <Card size="small" title={title} styles={{ body: { padding: 8 } }}>
        <EChart option={options[key]} testId={`chart-${key}`} height={CHART_HEIGHT} />
      </Card>
    </Col>
  )
  return (
    <Row gutter={[12, 12]} data-testid="trend-charts">
      {chart('observations', t('dashboard.charts.observations', { days: n }))}
      {chart('passages', t('dashboard.charts.passages', { days: n }))}
      {chart('alerts', t('dashboard.charts.alerts', { days: n }))}
    </Row>
  )
}
