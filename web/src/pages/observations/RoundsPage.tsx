// 今日测温: a team member's people for today in walking order (building, then room), each
// with the morning and afternoon reading or a field to record the one due now. Phone first.
import { App, Button, Card, Empty, Flex, Input, InputNumber, List, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { RoundItem, Rounds } from './types'
import { useSession } from '../../admin/session'
import { ScopeProgress, useRoundsProgress } from './ScopeProgress'
import { dayOfArgs } from './dayOf'
import { PageLayout } from '../../components/PageLayout'

/** A slot's reading; an empty morning slot in the afternoon counts as missed (漏测). */
function SlotTag({ label, reading, missed }: { label: string; reading: RoundItem['am']; missed?: boolean }) {
  const { t } = useTranslation()
  if (!reading)
    return (
      <Tag
        color={missed ? 'gold' : undefined}
      >{`${label} ${t(missed ? 'alerts.missed_slot' : 'rounds.due')}`}</Tag>
    )
  return <Tag color={reading.abnormal ? 'red' : 'green'}>{`${label} ${reading.temperature.toFixed(1)}℃`}</Tag>
}

function RoundCard({
  item,
  slot,
  onDone,
}: {
  item: RoundItem
  slot: 'am' | 'pm' | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [temperature, setTemperature] = useState<number | null>(null)
  const [symptoms, setSymptoms] = useState('')
  const [saving, setSaving] = useState(false)
  const save = async () => {
    if (temperature === null) return
    setSaving(true)
    try {
      const words = symptoms.split(/[,，、\s]+/).filter(Boolean)
      const res = await api.post('/api/v1/observations/{id}/readings', {
        path: { id: item.observationId },
        body: { temperature, symptoms: words, ...(slot && { slot }) },
      })
      if (res.alerts.length) void message.warning(t('rounds.feverRaised'))
      else void message.success(t('rounds.recorded', { name: item.personName, t: temperature.toFixed(1) }))
      setTemperature(null)
      setSymptoms('')
      onDone()
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }
  const doneNow = slot ? item[slot] !== null : false
  return (
    <Card
      size="small"
      data-testid="round-card"
      title={item.personName}
      extra={t('observations.dayOf', dayOfArgs(item))}
    >
      <Typography.Text type="secondary">{`${item.regionName} · ${item.address ?? ''}`}</Typography.Text>
      <Flex gap={4} wrap style={{ margin: '8px 0' }}>
        <SlotTag label={t('observations.am')} reading={item.am} missed={slot === 'pm'} />
        <SlotTag label={t('observations.pm')} reading={item.pm} />
        {item.activeAlerts > 0 && <Tag color="volcano">{t('alerts.title')}</Tag>}
      </Flex>
      {!doneNow && (
        <Flex gap={8} wrap>
          <InputNumber<number>
            aria-label={t('observations.temperature')}
            min={34}
            max={43}
            step={0.1}
            precision={1}
            value={temperature}
            onChange={setTemperature}
            placeholder="36.5"
            inputMode="decimal"
            style={{ width: 110 }}
          />
          <Input
            aria-label={t('observations.symptoms')}
            placeholder={t('rounds.symptomsPlaceholder')}
            value={symptoms}
            onChange={(e) => setSymptoms(e.target.value)}
            style={{ flex: 1, minWidth: 160 }}
          />
          <Button type="primary" loading={saving} disabled={temperature === null} onClick={() => void save()}>
            {t('rounds.record')}
          </Button>
        </Flex>
      )}
    </Card>
  )
}

/** Those who may see the whole scope's observations get its progress too. */
function ScopeCard() {
  const progress = useRoundsProgress()
  return progress ? <ScopeProgress progress={progress} /> : null
}

function EmptyRound({ scope }: { scope: boolean }) {
  const { t } = useTranslation()
  const progress = useRoundsProgress()
  if (!scope) return <Empty description={t('rounds.empty')} />
  if (!progress) return <Spin />
  return <Empty description={t(progress.underObservation > 0 ? 'rounds.noTeam' : 'rounds.nobody')} />
}

export default function RoundsPage() {
  const { t } = useTranslation()
  const { can } = useSession()
  const scope = can('observation:read')
  const showError = useShowError()
  const [data, setData] = useState<Rounds>()
  const reload = useCallback(async () => {
    try {
      setData(await api.get('/api/v1/observations/rounds'))
    } catch (e) {
      showError(e)
    }
  }, [showError])
  useEffect(() => void reload(), [reload])
  const slot = (data?.slot ?? null) as 'am' | 'pm' | null
  return (
    <PageLayout title={`${t('rounds.title')} ${data?.date ?? ''}`} size="small">
      {scope && <ScopeCard />}
      {!data ? (
        <Spin />
      ) : data.items.length === 0 ? (
        <EmptyRound scope={scope} />
      ) : (
        <List
          dataSource={data.items}
          split={false}
          renderItem={(item) => (
            <List.Item style={{ padding: '4px 0' }}>
              <div style={{ width: '100%' }}>
                <RoundCard item={item} slot={slot} onDone={() => void reload()} />
              </div>
            </List.Item>
          )}
        />
      )}
    </PageLayout>
  )
}
