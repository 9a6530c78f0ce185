// Staff accounts in one's scope (grid members, volunteers, workers), to assign households and
// numbers to; and the grid teams (网格小组) a call list can be split among.
import { Select } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'

type Option = { value: string; label: string }

function useOptions(load: () => Promise<Option[]>, enabled: boolean) {
  const showError = useShowError()
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    if (enabled) load().then(setOptions, showError)
  }, [enabled])
  return options
}

const loadStaff = async () =>
  (await api.get('/api/v1/users', { query: { page: 1, pageSize: 200 } })).items
    .filter((u) => !u.disabled && u.role !== 'enterprise_liaison' && u.role !== 'checkpoint_staff')
    .map((u) => ({ value: u.id, label: `${u.displayName} · ${u.scopeName}` }))

export function StaffPicker(props: {
  value?: string | string[]
  onChange: (v: never) => void
  multiple?: boolean
  label: string
}) {
  const { can } = useSession()
  const options = useOptions(loadStaff, can('user:read'))
  return (
    <Select
      aria-label={props.label}
      placeholder={props.label}
      mode={props.multiple ? 'multiple' : undefined}
      style={{ minWidth: 220 }}
      value={props.value as never}
      onChange={props.onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  )
}

const loadTeams = async () =>
  (await api.get('/api/v1/teams')).map((t) => ({ value: t.id, label: `${t.name} · ${t.region_name}` }))

export function TeamPicker({ value, onChange }: { value?: string; onChange: (v?: string) => void }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const options = useOptions(loadTeams, can('staff:read'))
  return (
    <Select
      aria-label={t('campaigns.team')}
      placeholder={t('campaigns.team')}
      style={{ minWidth: 200 }}
      value={value}
      onChange={onChange}
      options={options}
      allowClear
    />
  )
}
