// Pick a staff account by typing part of its username or name.
import { Select } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import type { User } from '../../api/types'
import { useShowError } from '../../components/useShowError'

export function UserPicker({
  onChange,
  className,
}: {
  onChange: (id: string | undefined) => void
  className?: string
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [users, setUsers] = useState<User[]>([])
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const search = useCallback(
    (q: string) => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        api
          .get('/api/v1/users', { query: { q: q.trim() || undefined, page: 1, pageSize: 20 } })
          .then((page) => setUsers(page.items), showError)
      }, 250)
    },
    [showError],
  )
  useEffect(() => {
    search('')
    return () => clearTimeout(timer.current)
  }, [search])
  return (
    <Select
      aria-label={t('audit.userPlaceholder')}
      allowClear
      className={className}
      placeholder={t('audit.userPlaceholder')}
      options={users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: search }}
    />
  )
}
