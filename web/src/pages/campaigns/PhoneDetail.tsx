// 电话排查进度: importing number lists, call lists, progress per caller and for the whole
// campaign, and the unreached numbers for a second round (第二轮).
import { App, Button, Card, Divider, Flex, Statistic, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { CallLists } from './CallLists'
import type { Campaign } from './CampaignPicker'
import { NumbersImport } from './NumbersImport'
import { ListTable } from '../../components/ListTable'

type Progress = Result<'get', '/api/v1/campaigns/{id}/progress'>
type Caller = Progress['callers'][number]
type Entry = Result<'get', '/api/v1/campaigns/{id}/numbers'>['items'][number]
const TALLY = ['total', 'called', 'reached', 'done', 'open', 'unreached', 'known'] as const
type OutcomeKey = 'reached' | 'no_answer' | 'switched_off' | 'wrong_number' | 'refused' | 'not_in_area'

function ProgressView({ progress }: { progress?: Progress }) {
  const { t } = useTranslation()
  const columns = [
    { title: t('campaigns.caller'), dataIndex: 'name' },
    ...TALLY.filter((k) => k !== 'known').map((k) => ({
      title: t(`campaigns.tally.${k}`),
      dataIndex: k,
      align: 'right' as const,
    })),
  ]
  return (
    <Flex vertical gap={8}>
      <Flex gap={24} wrap data-testid="campaign-progress">
        {TALLY.map((k) => (
          <Statistic key={k} title={t(`campaigns.tally.${k}`)} value={progress?.[k] ?? 0} />
        ))}
        <Statistic title={t('campaigns.unassigned')} value={progress?.unassigned ?? 0} />
      </Flex>
      <ListTable<Caller>
        data-testid="caller-progress"
        rowKey="callerId"
        size="small"
        columns={columns}
        dataSource={progress?.callers ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Flex>
  )
}

function Unreached({ entries, onRound }: { entries: Entry[]; onRound?: () => void }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('campaigns.unreachedList')} ({entries.length})
        </Typography.Title>
        {onRound && (
          <Button disabled={!entries.length} onClick={onRound}>
            {t('campaigns.secondRound')}
          </Button>
        )}
      </Flex>
      <ListTable<Entry>
        data-testid="unreached-list"
        rowKey="id"
        size="small"
        dataSource={entries}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('campaigns.number'), dataIndex: 'phone' },
          { title: t('calls.carrier'), dataIndex: 'carrier' },
          {
            title: t('campaigns.lastOutcome'),
            render: (e: Entry) => (e.lastOutcome ? t(`calls.${e.lastOutcome as OutcomeKey}`) : ''),
          },
          { title: t('campaigns.attempts'), dataIndex: 'attempts', align: 'right' },
          { title: t('campaigns.round'), dataIndex: 'round', align: 'right' },
        ]}
      />
    </Flex>
  )
}

export function PhoneDetail({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const [progress, setProgress] = useState<Progress>()
  const [unreached, setUnreached] = useState<Entry[]>([])
  const path = { id: campaign.id }
  const load = useCallback(() => {
    api.get('/api/v1/campaigns/{id}/progress', { path }).then(setProgress, showError)
    api
      .get('/api/v1/campaigns/{id}/numbers', { path, query: { status: 'unreached', page: 1, pageSize: 200 } })
      .then((r) => setUnreached(r.items), showError)
  }, [campaign.id, showError])
  useEffect(load, [load])
  const secondRound = async () => {
    try {
      const res = await api.post('/api/v1/campaigns/{id}/second-round', { path, body: {} })
      void message.success(t('campaigns.roundStarted', { n: res.numbers }))
      load()
    } catch (e) {
      showError(e)
    }
  }
  const manage = can('campaign:write') && campaign.status === 'open'
  return (
    <Card title={`${campaign.name} · ${t('campaigns.progress')}`} data-testid="phone-detail">
      {manage && (
        <>
          <NumbersImport campaignId={campaign.id} onDone={load} />
          <Divider />
          <CallLists campaignId={campaign.id} onDone={load} />
          <Divider />
        </>
      )}
      <ProgressView progress={progress} />
      <Divider />
      <Unreached entries={unreached} onRound={manage ? () => void secondRound() : undefined} />
    </Card>
  )
}
