// 码色查询: find a person and see their colour, its reasons and history (also reached from
// the key-person list as /colours?person=<id>); request a manual change; and the queue of
// manual changes a second account approves or rejects.
import { Empty, Space, Tabs } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { ApprovalsTab } from './ApprovalsTab'
import { ColourCard } from './ColourCard'
import { ColourChangeModal } from './ColourChangeModal'
import { PersonPicker } from './PersonPicker'
import type { ColourView } from './types'
import { PageLayout } from '../../components/PageLayout'

export default function ColoursPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [params, setParams] = useSearchParams()
  const personId = params.get('person') ?? undefined
  const [view, setView] = useState<{ colour: ColourView; name: string } | null>(null)
  const [requesting, setRequesting] = useState(false)

  const load = useCallback(async () => {
    if (!personId) return setView(null)
    try {
      const [colour, person] = await Promise.all([
        api.get('/api/v1/colours/{id}', { path: { id: personId } }),
        api.get('/api/v1/people/{id}', { path: { id: personId } }),
      ])
      setView({ colour, name: `${person.name} · ${person.document}` })
    } catch (e) {
      showError(e)
    }
  }, [personId, showError])
  useEffect(() => void load(), [load])

  const lookup = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PersonPicker value={personId} initialLabel={view?.name} onChange={(id) => setParams({ person: id })} />
      {view ? (
        <ColourCard
          view={view.colour}
          name={view.name}
          onRequest={can('colour:request') ? () => setRequesting(true) : undefined}
        />
      ) : (
        <Empty description={t('passes.colour.pick')} />
      )}
    </Space>
  )
  return (
    <PageLayout title={t('passes.colour.title')}>
      <Tabs
        items={[
          { key: 'lookup', label: t('passes.colour.lookup'), children: lookup },
          {
            key: 'approvals',
            label: t('passes.colour.approvals'),
            children: <ApprovalsTab onDecided={() => void load()} />,
          },
        ]}
      />
      <ColourChangeModal
        personId={requesting ? (personId ?? null) : null}
        onClose={() => setRequesting(false)}
        onRequested={() => setRequesting(false)}
      />
    </PageLayout>
  )
}
