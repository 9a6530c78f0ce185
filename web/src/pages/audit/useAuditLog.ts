// One page of the audit log, filtered and paged on the server.
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { Result } from '../../api/client'
import type { AuditQuery } from '../../api/types'
import { useShowError } from '../../components/useShowError'

export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize'>
type AuditPage = Result<'get', '/api/v1/audit'>

export function useAuditLog() {
  const showError = useShowError()
  const [filter, setFilter] = useState<AuditFilter>({})
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 })
  const [data, setData] = useState<AuditPage>()
  const [loading, setLoading] = useState(false)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await api.get('/api/v1/audit', { query: { ...filter, ...paging } }))
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [filter, paging, showError])
  useEffect(() => void reload(), [reload])

  const filterBy = (change: AuditFilter) => {
    setFilter((f) => ({ ...f, ...change }))
    setPaging((p) => ({ ...p, page: 1 }))
  }
  return { paging, setPaging, filterBy, data, loading, reload }
}
