// Filters of the audit log: who, which action, which days (in the deployment's time zone).
import { DatePicker, Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../admin/session'
import { dayRangeToIso, useTimeZone } from '../../components/format'
import { translateKey } from '../../i18n'
import { auditActions } from '../../i18n/zh-CN'
import type { AuditFilter } from './useAuditLog'
import { UserPicker } from './UserPicker'

/** Every audit action the catalogue names, as the server writes it (`region.create`). */
export const AUDIT_ACTIONS = Object.entries(auditActions).flatMap(([group, names]) =>
  Object.keys(names).map((name) => `${group}.${name}`),
)

export const auditActionLabel = (action: string) => translateKey(`auditActions.${action}`, action)

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
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(a) }))}
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
