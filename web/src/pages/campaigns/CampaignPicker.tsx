// Picks one open campaign of a kind: the grid member's first choice on the phone pages. The
// latest open one is taken by default, so the page never opens blank.
import { Empty, Select } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useShowError } from '../../components/useShowError'

export type Campaign = Result<'get', '/api/v1/campaigns'>[number]

export function CampaignPicker({
  kind,
  value,
  onChange,
}: {
  kind: 'sweep' | 'phone'
  value?: string
  onChange: (id: string) => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [list, setList] = useState<Campaign[] | null>(null)
  useEffect(() => {
    api
      .get('/api/v1/campaigns', { query: { kind } })
      .then((all) => {
        const open = all
          .filter((c) => c.status === 'open')
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
        setList(open)
        if (!value && open.length > 0) onChange(open[0].id)
      })
      .catch(showError)
  }, [kind])
  if (list && !list.length) return <Empty description={t('campaigns.none')} />
  return (
    <Select
      aria-label={t('campaigns.choose')}
      placeholder={t('campaigns.choose')}
      style={{ width: '100%' }}
      loading={!list}
      value={value}
      onChange={onChange}
      options={(list ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.regionName}` }))}
    />
  )
}
