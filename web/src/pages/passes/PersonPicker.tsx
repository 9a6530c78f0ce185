// 查找人员: by name (prefix) or, when the text looks like one, by full document number.
import { Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'

type Option = { value: string; label: string }
const looksLikeDocument = (q: string) => /\d{6,}/.test(q)

export function PersonPicker({
  value,
  onChange,
  id,
  initialLabel,
}: {
  value?: string
  onChange?: (id: string) => void
  id?: string
  /** label of the current value before any search ran (a person opened by link) */
  initialLabel?: string
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [options, setOptions] = useState<Option[]>([])
  const search = async (raw: string) => {
    const q = raw.trim()
    if (!q) return
    try {
      const query = looksLikeDocument(q) ? { document: q } : { name: q }
      const res = await api.get('/api/v1/people', { query: { ...query, page: 1, pageSize: 20 } })
      // the masked document tells two people of the same name apart without revealing it
      setOptions(
        res.items.map((p) => ({ value: p.id, label: `${p.name} · ${p.document} · ${p.regionName}` })),
      )
    } catch (e) {
      showError(e)
    }
  }
  const shown =
    value && initialLabel && !options.some((o) => o.value === value)
      ? [{ value, label: initialLabel }, ...options]
      : options
  return (
    <Select
      aria-label={id ? undefined : t('passes.personSearch')}
      id={id}
      value={value}
      onChange={onChange}
      options={shown}
      placeholder={t('passes.personSearch')}
      style={{ minWidth: 320 }}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
    />
  )
}
