// 扫楼进度: coverage per building / compound / community / grid team / assignee, handing
// buildings to grid members, and the revisit list (nobody home, 需回访).
import { App, Button, Card, Flex, List, Progress, Segmented, Table, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import type { Campaign } from './CampaignPicker'
import { StaffPicker } from './StaffPicker'
import { ListTable } from '../../components/ListTable'

type Coverage = Result<'get', '/api/v1/campaigns/{id}/coverage'>
type Row = Coverage['rows'][number]
type Item = Result<'get', '/api/v1/campaigns/{id}/households'>['items'][number]
const BY = ['building', 'compound', 'community', 'team', 'assignee'] as const
type By = (typeof BY)[number]

function CoverageTable({ coverage, by }: { coverage?: Coverage; by: By }) {
  const { t } = useTranslation()
  const n = (k: keyof Row, title: string) => ({ title, dataIndex: k, align: 'right' as const })
  const columns = [
    {
      title: t(`campaigns.unit.${by}`),
      render: (r: Row) =>
        r.name ?? t(by === 'team' || by === 'assignee' ? 'campaigns.noOwner' : 'campaigns.noLevel'),
    },
    n('total', t('campaigns.households')),
    n('visited', t('sweep.visited')),
    n('nobodyHome', t('sweep.nobody_home')),
    n('refused', t('sweep.refused')),
    n('pending', t('sweep.toVisit')),
    {
      title: t('campaigns.coverage'),
      render: (r: Row) => <Progress percent={Math.round(r.coverage * 100)} size="small" />,
    },
  ]
  return (
    <ListTable<Row>
      data-testid="coverage-table"
      rowKey={(r) => r.key ?? '-'}
      size="small"
      columns={columns}
      dataSource={coverage?.rows ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() =>
        coverage && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('campaigns.all')}</Table.Summary.Cell>
            {(['total', 'visited', 'nobodyHome', 'refused', 'pending'] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right">
                {coverage.total[k]}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={6}>{Math.round(coverage.total.coverage * 100)}%</Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  )
}

function AssignForm({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [regionId, setRegionId] = useState<string>()
  const [assigneeId, setAssigneeId] = useState<string>()
  const assign = async () => {
    if (!regionId) return
    try {
      const res = await api.post('/api/v1/campaigns/{id}/assign', {
        path: { id: campaignId },
        body: { regionId, assigneeId: assigneeId ?? null },
      })
      void message.success(t('campaigns.assigned', { n: res.assigned }))
      onDone()
    } catch (e) {
      showError(e)
    }
  }
  return (
    <Flex gap={8} wrap align="center">
      <div style={{ minWidth: 220 }}>
        <RegionSelect value={regionId} onChange={setRegionId} />
      </div>
      <StaffPicker label={t('campaigns.assignee')} value={assigneeId} onChange={setAssigneeId} />
      <Button onClick={() => void assign()} disabled={!regionId}>
        {t('campaigns.assign')}
      </Button>
    </Flex>
  )
}

export function SweepDetail({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [by, setBy] = useState<By>('building')
  const [coverage, setCoverage] = useState<Coverage>()
  const [revisit, setRevisit] = useState<{ items: Item[]; total: number }>()
  const load = useCallback(() => {
    const path = { id: campaign.id }
    api.get('/api/v1/campaigns/{id}/coverage', { path, query: { by } }).then(setCoverage, showError)
    api
      .get('/api/v1/campaigns/{id}/households', {
        path,
        query: { state: 'nobody_home', page: 1, pageSize: 200 },
      })
      .then(setRevisit, showError)
  }, [campaign.id, by, showError])
  useEffect(load, [load])
  return (
    <Card title={`${campaign.name} · ${t('campaigns.coverage')}`} data-testid="sweep-detail">
      <Flex vertical gap={12}>
        {/* five choices overflow a phone's width: they scroll */}
        <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Segmented<By>
            value={by}
            onChange={setBy}
            options={BY.map((b) => ({ value: b, label: t(`campaigns.by.${b}`) }))}
          />
        </div>
        <CoverageTable coverage={coverage} by={by} />
        {can('campaign:write') && campaign.status === 'open' && (
          <AssignForm campaignId={campaign.id} onDone={load} />
        )}
        <Typography.Title level={5}>
          {t('campaigns.revisitList')} ({revisit?.total ?? 0})
        </Typography.Title>
        <List
          data-testid="revisit-list"
          size="small"
          dataSource={revisit?.items ?? []}
          renderItem={(i) => (
            <List.Item>
              {i.regionName} {i.address}
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  )
}
