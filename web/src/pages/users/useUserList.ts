// One page of staff accounts from the server (search, role filter, pagination there).
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { Role, UserPage } from '../../api/types'
import { useShowError } from '../../components/useShowError'

export interface UserFilter {
  q: string
  role: Role | undefined
  page: number
  pageSize: number
}

export function useUserList() {
  const showError = useShowError()
  const [filter, setFilter] = useState<UserFilter>({ q: '', role: undefined, page: 1, pageSize: 20 })
  const [data, setData] = useState<UserPage>()
  const [loading, setLoading] = useState(false)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await api.get('/api/v1/users', { query: { ...filter, q: filter.q.trim() || undefined } }))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [filter, showError])

  useEffect(() => void reload(), [reload])
  /** change the filter; a new search starts again at page 1 */
  const update = (change: Partial<UserFilter>) =>
    setFilter((f) => ({ ...f, ...change, page: change.page ?? (change.pageSize ? f.page : 1) }))
  return { filter, update, data, loading, reload }
}
