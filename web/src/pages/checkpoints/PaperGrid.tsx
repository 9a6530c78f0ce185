// The typing grid of a paper register, in the columns' order on the printed sheet. Made for
// the keyboard: Enter moves to the next cell, Enter at a row's end adds a row (or moves
// down), so a whole sheet goes in without touching the mouse.
import { Button, Input, Typography } from 'antd'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { uuidv7 } from '@shared/uuid7'

export const FIELDS = [
  'time',
  'name',
  'document',
  'phone',
  'temperature',
  'direction',
  'plate',
  'passengers',
] as const
export type Field = (typeof FIELDS)[number]
export type PaperRow = { id: string } & Record<Field, string>
export type RowErrors = Record<string, { field: string; message: string }[]>

const WIDTH: Record<Field, number> = {
  time: 72,
  name: 96,
  document: 190,
  phone: 130,
  temperature: 72,
  direction: 56,
  plate: 110,
  passengers: 64,
}

export const blankRow = (): PaperRow => ({
  id: uuidv7(),
  ...(Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>),
  direction: '进',
})

/** A row with nothing but the default direction is not a record. */
export const isBlank = (r: PaperRow) => FIELDS.every((f) => f === 'direction' || !r[f].trim())

const cellId = (row: number, col: number) => `paper-${row}-${col}`
// At once, inside the key event: the next keystroke (a fast typist, a scanner gun) must land
// in the next cell. Its text is selected so typing replaces it.
function focusCell(row: number, col: number) {
  const input = document.getElementById(cellId(row, col)) as HTMLInputElement | null
  input?.focus()
  input?.select()
}

interface Props {
  rows: PaperRow[]
  errors: RowErrors
  onChange: (rows: PaperRow[]) => void
}

export function PaperGrid({ rows, errors, onChange }: Props) {
  const { t } = useTranslation()
  const set = (i: number, field: Field, value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)))

  const onEnter = (i: number, col: number) => {
    if (col < FIELDS.length - 1) return focusCell(i, col + 1)
    if (i === rows.length - 1) {
      if (isBlank(rows[i])) return
      // the new row must exist before the focus moves into it
      flushSync(() => onChange([...rows, blankRow()]))
    }
    focusCell(i + 1, 0)
  }

  return (
    <table className="paper-grid" style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th>{t('paper.no')}</th>
          {FIELDS.map((f) => (
            <th key={f} style={{ width: WIDTH[f], textAlign: 'left' }}>
              {t(`paper.${f}`)}
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const wrong = errors[r.id] ?? []
          return [
            <tr key={r.id} data-testid={`paper-row-${i}`}>
              <td style={{ paddingRight: 8 }}>{i + 1}</td>
              {FIELDS.map((f, col) => (
                <td key={f}>
                  <Input
                    id={cellId(i, col)}
                    size="small"
                    aria-label={`${t(`paper.${f}`)} ${i + 1}`}
                    value={r[f]}
                    status={wrong.some((e) => e.field === f) ? 'error' : undefined}
                    inputMode={f === 'temperature' ? 'decimal' : f === 'passengers' ? 'numeric' : undefined}
                    onChange={(e) => set(i, f, e.target.value)}
                    onPressEnter={(e) => (e.preventDefault(), onEnter(i, col))}
                  />
                </td>
              ))}
              <td>
                <Button
                  size="small"
                  type="link"
                  tabIndex={-1}
                  disabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
                >
                  {t('paper.removeRow')}
                </Button>
              </td>
            </tr>,
            wrong.length > 0 && (
              <tr key={`${r.id}-errors`}>
                <td />
                <td colSpan={FIELDS.length + 1}>
                  <Typography.Text type="danger" role="alert">
                    {wrong.map((e) => e.message).join('；')}
                  </Typography.Text>
                </td>
              </tr>
            ),
          ]
        })}
      </tbody>
    </table>
  )
}
