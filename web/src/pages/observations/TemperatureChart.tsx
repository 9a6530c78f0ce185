// 体温曲线: the readings in time order, with the fever line marked.
import { LineChart } from 'echarts/charts'
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { PALETTE } from '../../palette'
import type { Reading } from './types'

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer])

export function TemperatureChart({
  readings,
  feverThreshold,
}: {
  readings: Reading[]
  feverThreshold: number
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const chart = echarts.init(ref.current)
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 40, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: readings.map((r) => `${r.date.slice(5)} ${t(`observations.${r.slot as 'am' | 'pm'}`)}`),
      },
      yAxis: { type: 'value', min: 35, max: 40 },
      series: [
        {
          type: 'line',
          // the semantic palette: the curve neutral, each fever reading and the line red
          data: readings.map((r) => ({
            value: r.temperature,
            itemStyle: { color: r.temperature >= feverThreshold ? PALETTE.fever : PALETTE.neutral },
          })),
          color: PALETTE.neutral,
          lineStyle: { color: PALETTE.neutral },
          showSymbol: true,
          symbolSize: 7,
          label: { show: readings.length <= 14, position: 'top' },
          markLine: {
            symbol: 'none',
            data: [{ yAxis: feverThreshold }],
            lineStyle: { color: PALETTE.fever, type: 'dashed' },
          },
        },
      ],
    })
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    }
  }, [readings, feverThreshold, t])
  return (
    <div
      ref={ref}
      className="lf-chart"
      data-testid="temperature-chart"
      style={{ height: 220, width: '100%' }}
    />
  )
}
