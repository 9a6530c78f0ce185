// The report, the day before's (for the change since), the trends and the breakdown by street
// and community, for one region and day: fetched together and refetched on change.
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { Breakdown, Report, Trends } from './figures'

export function useSituation(asOf: string, regionId: string | undefined) {
  const showError = useShowError()
  const [report, setReport] = useState<Report>()
  const [previous, setPrevious] = useState<Report>()
  const [trends, setTrends] = useState<Trends>()
  const [breakdown, setBreakdown] = useState<Breakdown>()
  const [loading, setLoading] = useState(false)
  useEffect(() => {
    let current = true
    const query = { asOf, regionId }
    const dayBefore = dayjs(asOf).subtract(1, 'day').format('YYYY-MM-DD')
    setLoading(true)
    Promise.all([
      api.get('/api/v1/reports/situation', { query }),
      api.get('/api/v1/reports/situation', { query: { ...query, asOf: dayBefore } }),
      api.get('/api/v1/reports/trends', { query: { ...query, days: 30 } }),
      api.get('/api/v1/reports/breakdown', { query }),
    ])
      .then(([r, p, tr, b]) => {
        if (!current) return
        setReport(r)
        setPrevious(p)
        setTrends(tr)
        setBreakdown(b)
      }, showError)
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [asOf, regionId, showError])
  return { report, previous, trends, breakdown, loading }
}
