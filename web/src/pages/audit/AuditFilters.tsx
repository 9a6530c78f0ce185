// Filters of the audit log: who, which action, which days (in the deployment's time zone).
import { DatePicker, Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../admin/session'
import { dayRangeToIso, useTimeZone } from '../../components/format'
import { AUDIT_ACTIONS, auditActionLabel } from './auditText'
import type { AuditFilter } from './useAuditLog'
import { UserPicker } from './UserPicker'

export function AuditFilters({ onChange }: { onChange: (change: AuditFilter) => void }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const timeZone = useTimeZone()
  return (
    <Flex gap={8} wrap className="lf-gap">
      {can('user:read') && <UserPicker className="lf-filter" onChange={(actorId) => onChange({ actorId })} />}
      <Select
        aria-label={t('audit.actionPlaceholder')}
        allowClear
        className="lf-filter"
        placeholder={t('audit.actionPlaceholder')}
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(a, t) }))}
        onChange={(action?: string) => onChange({ action })}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        onChange={(range) => {
          const [from, to] =
            range?.[0] && range[1] ? dayRangeToIso(range[0], range[1], timeZone) : [undefined, undefined]
          onChange({ from, to })
        }}
      />
    </Flex>
  )
}
