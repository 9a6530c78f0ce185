// 入户走访: a grid member's sweep checklist on the phone, building by building, household
// by household: visited (with the people seen, registered or new, and what was learnt),
// nobody home (it goes to the revisit list), refused.
import { Empty, Flex, Segmented, Switch } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { CampaignPicker } from './CampaignPicker'
import { HouseholdCard, type Item, type State } from './HouseholdCard'
import { PageLayout } from '../../components/PageLayout'

type Tab = Exclude<State, 'refused'>

export default function SweepPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const [campaignId, setCampaignId] = useState<string>()
  const [state, setState] = useState<Tab>('pending')
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
    <PageLayout title={t('nav.sweep')}>
      <Flex vertical gap={12} style={{ maxWidth: 640 }}>
        <CampaignPicker kind="sweep" value={campaignId} onChange={setCampaignId} />
        <Flex gap={12} align="center" wrap>
          <Segmented<Tab>
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
        <Flex vertical gap={12}>
          {(items ?? []).map((item) => (
            <HouseholdCard key={item.id} item={item} onDone={load} />
          ))}
        </Flex>
      </Flex>
    </PageLayout>
  )
}
