// 态势报告 (a commander's home page): for a region in the user's scope as of a chosen day, the
// headline figures with their change since the day before and the trend charts (both above
// the fold at 1440 × 900), the table by street and community that opens each region, then
// every figure of the source case's daily report, grouped as the report groups them.
import { ArrowUpOutlined, DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Col, DatePicker, Row, Space, Spin, Statistic } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RegionSelect } from '../../components/RegionSelect'
import { useTimeZone } from '../../components/format'
import { figureGroups, headlines, type FigureGroup } from './figures'
import { BreakdownTable } from './BreakdownTable'
import { Headlines } from './Headlines'
import { CHART_HEIGHT } from './chartSize'
import { useSituation } from './useSituation'

const TrendCharts = lazy(() => import('./TrendCharts'))

function GroupCard({ g }: { g: FigureGroup }) {
  const { t } = useTranslation()
  return (
    <Card size="small" title={t(`dashboard.groups.${g.group}`)} data-testid={`group-${g.group}`}>
      <Row gutter={[8, 8]}>
        {g.figures.map((f) => (
          <Col key={f.key} span={12} data-testid={`figure-${g.group}-${f.key}`}>
            <Statistic title={t(`dashboard.figures.${g.group}.${f.key}` as never)} value={f.value} />
          </Col>
        ))}
      </Row>
    </Card>
  )
}

export default function DashboardPage() {
  const { t } = useTranslation()
  const timeZone = useTimeZone()
  const today = dayjs().tz(timeZone).format('YYYY-MM-DD')
  // ?asOf=YYYY-MM-DD: a link to the report of a given day (the day sent upward, say)
  const [params, setParams] = useSearchParams()
  const linked = params.get('asOf') ?? ''
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(linked) && linked <= today ? linked : today
  const setAsOf = (day: string) => setParams({ asOf: day }, { replace: true })
  // the regions opened one inside another (picker or table row): 返回上级 steps back
  const [trail, setTrail] = useState<string[]>([])
  const regionId = trail.at(-1)
  const openRegion = (id: string) => setTrail((prev) => [...prev, id])
  const { report, previous, trends, breakdown, loading } = useSituation(asOf, regionId)
  const xlsx = `/api/v1/reports/situation.xlsx?${new URLSearchParams({ asOf, ...(regionId && { regionId }) })}`

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        size="small"
        title={`${t('dashboard.title')}${report ? ` · ${report.region.name}` : ''}`}
        extra={
          <Space wrap>
            <span>{t('dashboard.region')}</span>
            <div style={{ width: 220 }}>
              <RegionSelect
                id="dashboard-region"
                label={t('dashboard.region')}
                value={regionId ?? report?.region.id}
                onChange={(id) => setTrail([id])}
                initialLabel={report?.region.name}
              />
            </div>
            <span>{t('dashboard.asOf')}</span>
            <DatePicker
              id="dashboard-as-of"
              allowClear={false}
              value={dayjs(asOf)}
              disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
              onChange={(d: Dayjs | null) => d && setAsOf(d.format('YYYY-MM-DD'))}
            />
            {regionId && (
              <Button icon={<ArrowUpOutlined />} onClick={() => setTrail((prev) => prev.slice(0, -1))}>
                {t('dashboard.up')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} href={xlsx}>
              {t('dashboard.download')}
            </Button>
          </Space>
        }
      >
        <Spin spinning={loading}>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {report && <Headlines items={headlines(report, previous, trends)} />}
            {/* the charts' height is held while ECharts loads, so nothing below jumps */}
            <div style={{ minHeight: CHART_HEIGHT + 56 }}>
              {trends && (
                <Suspense fallback={<Spin />}>
                  <TrendCharts trends={trends} />
                </Suspense>
              )}
            </div>
          </Space>
        </Spin>
      </Card>
      {breakdown && <BreakdownTable breakdown={breakdown} onOpen={openRegion} />}
      <Card size="small" title={t('dashboard.allFigures')}>
        <Row gutter={[16, 16]}>
          {report &&
            figureGroups(report).map((g) => (
              <Col key={g.group} xs={24} md={12} xl={6}>
                <GroupCard g={g} />
              </Col>
            ))}
        </Row>
      </Card>
    </Space>
  )
}
