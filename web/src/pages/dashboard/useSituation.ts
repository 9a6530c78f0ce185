// The report and its trends for one region and day, fetched together and refetched on change.
import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { Report, Trends } from './figures'

export function useSituation(asOf: string, regionId: string | undefined) {
  const showError = useShowError()
  const [report, setReport] = useState<Report>()
  const [trends, setTrends] = useState<Trends>()
  const [loading, setLoading] = useState(false)
  useEffect(() => {
    let current = true
    const query = { asOf, regionId }
    setLoading(true)
    Promise.all([
      api.get('/api/v1/reports/situation', { query }),
      api.get('/api/v1/reports/trends', { query: { ...query, days: 30 } }),
    ])
      .then(([r, tr]) => {
        if (!current) return
        setReport(r)
        setTrends(tr)
      }, showError)
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [asOf, regionId, showError])
  return { report, trends, loading }
}
