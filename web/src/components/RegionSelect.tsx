// Pick a region by typing part of its name (GET /regions?q=); before typing it offers the
// user's own scope and the regions right under it.
import { Select } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { regionTypeOf, type Region } from '../api/types'
import { useShowError } from './useShowError'

interface Props {
  value?: string
  onChange?: (id: string) => void
  /** which regions may be picked */
  accept?: (region: Region) => boolean
  /** label of the current value before any search ran */
  initialLabel?: string
  id?: string
  /** its accessible name where no form label names it (a filter) */
  label?: string
}

async function regionsFor(q: string): Promise<Region[]> {
  if (q) return api.get('/api/v1/regions', { query: { q } })
  const scope = await api.get('/api/v1/regions/scope')
  return [scope, ...(await api.get('/api/v1/regions/{id}/children', { path: { id: scope.id } }))]
}

export function RegionSelect({ value, onChange, accept, initialLabel, id, label }: Props) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [regions, setRegions] = useState<Region[]>([])
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const search = useCallback(
    (q: string) => {
      clearTimeout(timer.current)
      const ticket = ++latest.current
      setLoading(true)
      timer.current = setTimeout(() => {
        regionsFor(q.trim())
          .then((found) => ticket === latest.current && setRegions(found))
          .catch(showError)
          .finally(() => ticket === latest.current && setLoading(false))
      }, 250)
    },
    [showError],
  )
  useEffect(() => {
    search('')
    return () => clearTimeout(timer.current)
  }, [search])

  const options = regions
    .filter((r) => !accept || accept(r))
    .map((r) => ({ value: r.id, label: `${r.name}（${t(`regionTypes.${regionTypeOf(r)}`)}）` }))
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel })

  return (
    <Select
      aria-label={label ?? (id ? undefined : t('regions.searchPlaceholder'))}
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={t('regions.searchPlaceholder')}
      notFoundContent={loading ? t('app.loading') : t('regions.noMatch')}
      showSearch={{ filterOption: false, onSearch: search }}
    />
  )
}
