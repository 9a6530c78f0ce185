// 头条数字: what a commander reads first, each with its change since the day before.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { Card, Col, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Headline } from './figures'

function Change({ change }: { change: number | null }) {
  const { t } = useTranslation()
  if (change === null) return null
  if (change === 0) return <Typography.Text type="secondary">{t('dashboard.headline.same')}</Typography.Text>
  return (
    <Typography.Text>
      {change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      {` ${change > 0 ? '+' : ''}${change} ${t('dashboard.headline.change')}`}
    </Typography.Text>
  )
}

export function Headlines({ items }: { items: Headline[] }) {
  const { t } = useTranslation()
  return (
    <Row gutter={[12, 12]}>
      {items.map((h) => (
        <Col key={h.key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`headline-${h.key}`} data-change={h.change ?? ''}>
            <Statistic title={t(`dashboard.headline.${h.key}`)} value={h.value} />
            <Change change={h.change} />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
