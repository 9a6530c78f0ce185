// The paper register on a phone: one row at a time, each field a labelled line, with
// previous / next (next on the last row adds one) and the rows that need correcting listed
// as buttons that open them.
import { Button, Flex, Input, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { blankRow, FIELDS, isBlank, type PaperRow, type RowErrors } from './PaperGrid'

interface Props {
  rows: PaperRow[]
  errors: RowErrors
  onChange: (rows: PaperRow[]) => void
}

export function PaperRowForm({ rows, errors, onChange }: Props) {
  const { t } = useTranslation()
  const [at, setAt] = useState(0)
  const i = Math.min(at, rows.length - 1)
  const row = rows[i]!
  const wrong = errors[row.id] ?? []
  const set = (field: (typeof FIELDS)[number], value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)))
  const next = () => {
    if (i === rows.length - 1) {
      if (isBlank(row)) return
      onChange([...rows, blankRow()])
    }
    setAt(i + 1)
  }
  const remove = () => {
    onChange(rows.filter((r) => r.id !== row.id))
    setAt(Math.max(0, i - 1))
  }
  const withErrors = rows.map((r, j) => [r, j] as const).filter(([r]) => errors[r.id]?.length)

  return (
    <Flex vertical gap={8} data-testid="paper-row-form">
      <Typography.Text strong aria-live="polite">
        {t('paper.rowOf', { i: i + 1, n: rows.length })}
      </Typography.Text>
      {FIELDS.map((f) => (
        <label key={f} className="lf-paper-field">
          <span>{t(`paper.${f}`)}</span>
          {f === 'direction' ? (
            <Radio.Group
              value={row.direction}
              onChange={(e) => set('direction', e.target.value as string)}
              options={[
                { value: '进', label: t('paper.in') },
                { value: '出', label: t('paper.out') },
              ]}
              optionType="button"
            />
          ) : (
            <Input
              value={row[f]}
              status={wrong.some((e) => e.field === f) ? 'error' : undefined}
              inputMode={
                f === 'temperature'
                  ? 'decimal'
                  : f === 'passengers'
                    ? 'numeric'
                    : f === 'phone'
                      ? 'tel'
                      : undefined
              }
              onChange={(e) => set(f, e.target.value)}
            />
          )}
        </label>
      ))}
      {wrong.length > 0 && (
        <Typography.Text type="danger" role="alert">
          {wrong.map((e) => e.message).join('；')}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Button disabled={i === 0} onClick={() => setAt(i - 1)}>
          {t('paper.prevRow')}
        </Button>
        <Button onClick={next}>{t('paper.nextRow')}</Button>
        <Button danger disabled={rows.length === 1} onClick={remove}>
          {t('paper.removeRow')}
        </Button>
      </Flex>
      {withErrors.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text type="danger">{t('paper.rowsWithErrors')}</Typography.Text>
          {withErrors.map(([r, j]) => (
            <Button key={r.id} size="small" danger onClick={() => setAt(j)}>
              {j + 1}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  )
}
