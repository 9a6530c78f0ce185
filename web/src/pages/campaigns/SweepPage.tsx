// 入户走访: a grid member's sweep checklist on the phone, building by building, household
// by household: visited (with the registered people seen), nobody home, refused.
import { App, Button, Card, Checkbox, Empty, Flex, List, Segmented, Switch, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { CampaignPicker } from './CampaignPicker'

type Item = Result<'get', '/api/v1/campaigns/{id}/households'>['items'][number]
type Person = Result<'get', '/api/v1/people'>['items'][number]
type State = 'pending' | 'nobody_home' | 'visited'

const STATE_COLOUR: Record<string, string> = {
  visited: 'green',
  nobody_home: 'orange',
  refused: 'red',
  pending: 'default',
}

function HouseholdCard({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [people, setPeople] = useState<Person[]>([])
  const [seen, setSeen] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    api
      .get('/api/v1/people', { query: { householdId: item.householdId, page: 1, pageSize: 50 } })
      .then((res) => {
        setPeople(res.items)
        setSeen(res.items.map((p) => p.id))
      })
      .catch(showError)
  }, [item.householdId, showError])
  const record = async (outcome: 'visited' | 'nobody_home' | 'refused') => {
    setSaving(true)
    try {
      await api.post('/api/v1/sweep-items/{id}/visits', {
        path: { id: item.id },
        body: { outcome, ...(outcome === 'visited' && { seen: seen.map((personId) => ({ personId })) }) },
      })
      void message.success(t('sweep.recorded', { address: item.address }))
      onDone()
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }
  return (
    <Card
      size="small"
      data-testid="household-card"
      title={item.address}
      extra={<Tag color={STATE_COLOUR[item.state]}>{t(`sweep.${item.state as State}`)}</Tag>}
    >
      <Typography.Text type="secondary">{item.regionName}</Typography.Text>
      <div style={{ margin: '8px 0' }}>
        {people.length ? (
          <Checkbox.Group
            aria-label={t('sweep.seen')}
            value={seen}
            onChange={(v) => setSeen(v as string[])}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('sweep.noResidents')}</Typography.Text>
        )}
      </div>
      <Flex gap={8} wrap>
        <Button type="primary" loading={saving} onClick={() => void record('visited')}>
          {t('sweep.visited')}
        </Button>
        <Button loading={saving} onClick={() => void record('nobody_home')}>
          {t('sweep.nobody_home')}
        </Button>
        <Button danger loading={saving} onClick={() => void record('refused')}>
          {t('sweep.refused')}
        </Button>
      </Flex>
    </Card>
  )
}

export default function SweepPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const [campaignId, setCampaignId] = useState<string>()
  const [state, setState] = useState<State>('pending')
  const [mine, setMine] = useState(false)
  const [items, setItems] = useState<Item[] | null>(null)
  const load = useCallback(() => {
    if (!campaignId) return
    api
      .get('/api/v1/campaigns/{id}/households', {
        path: { id: campaignId },
        query: { state, mine, page: 1, pageSize: 50 },
      })
      .then((res) => setItems(res.items))
      .catch(showError)
  }, [campaignId, state, mine, showError])
  useEffect(load, [load])
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      <Typography.Title level={4}>{t('sweep.title')}</Typography.Title>
      <CampaignPicker kind="sweep" value={campaignId} onChange={setCampaignId} />
      <Flex gap={12} align="center" wrap>
        <Segmented<State>
          value={state}
          onChange={setState}
          options={[
            { value: 'pending', label: t('sweep.toVisit') },
            { value: 'nobody_home', label: t('sweep.revisit') },
            { value: 'visited', label: t('sweep.visited') },
          ]}
        />
        <label>
          <Switch size="small" checked={mine} onChange={setMine} /> {t('sweep.onlyMine')}
        </label>
      </Flex>
      {campaignId && items && !items.length && <Empty description={t('sweep.done')} />}
      <List
        dataSource={items ?? []}
        renderItem={(item) => <HouseholdCard key={item.id} item={item} onDone={load} />}
        split={false}
      />
    </Flex>
  )
}
