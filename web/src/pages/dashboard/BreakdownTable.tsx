// 分街道、社区统计: the key figures of each street, its communities folded under it; every
// column sorts, and a row opens that region's dashboard.
import { Card, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Breakdown, BreakdownRow } from './figures'

type Row = BreakdownRow & { children?: Row[] }

const FIGURES = [
  'observing',
  'newToday',
  'releasedToday',
  'cumulative',
  'feverAlertsToday',
  'keyPersonsFiled',
  'peopleScreened',
  'passagesToday',
] as const

/** Streets first, each with its communities as children (antd's tree rows). */
function nest(rows: BreakdownRow[]): Row[] {
  const top: Row[] = rows.filter((r) => !r.parentId).map((r) => ({ ...r }))
  const byId = new Map(top.map((r) => [r.regionId, r]))
  for (const r of rows) {
    const parent = r.parentId ? byId.get(r.parentId) : undefined
    if (parent) (parent.children ??= []).push({ ...r })
  }
  return top
}

export function BreakdownTable({
  breakdown,
  onOpen,
}: {
  breakdown: Breakdown
  onOpen: (regionId: string) => void
}) {
  const { t } = useTranslation()
  const data = useMemo(() => nest(breakdown.rows), [breakdown])
  const columns: ColumnsType<Row> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('dashboard.breakdown.region'),
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
      render: (name: string, r) => (
        <Typography.Link
          onClick={(e) => {
            e.stopPropagation()
            onOpen(r.regionId)
          }}
        >
          {name}
        </Typography.Link>
      ),
    },
    ...FIGURES.map((key) => ({
      key,
      dataIndex: key,
      title: t(`dashboard.breakdown.${key}`),
      align: 'right' as const,
      sorter: (a: Row, b: Row) => a[key] - b[key],
      ...(key === 'observing' && { defaultSortOrder: 'descend' as const }),
    })),
  ]
  return (
    <Card
      size="small"
      title={t('dashboard.breakdown.title')}
      extra={<Typography.Text type="secondary">{t('dashboard.breakdown.hint')}</Typography.Text>}
      data-testid="breakdown"
    >
      <Table<Row>
        size="small"
        rowKey="regionId"
        columns={columns}
        dataSource={data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('dashboard.breakdown.empty') }}
        expandable={{ defaultExpandAllRows: false }}
        onRow={(r) => ({ onClick: () => onOpen(r.regionId), style: { cursor: 'pointer' } })}
      />
    </Card>
  )
}
