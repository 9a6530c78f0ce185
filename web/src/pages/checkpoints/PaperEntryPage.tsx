// 纸质登记补录: type a checkpoint's paper register in after the fact. The server checks every
// row as it checks a gate passage and stores all of them or none; each row keeps the id
// made here until it is saved, so pressing Save again after a lost answer stores nothing twice.
import { App, Button, DatePicker, Grid, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { localDate } from '@shared/days'
import { api, type Body } from '../../api/client'
import { useTimeZone } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import type { Checkpoint } from './CheckpointsPage'
import { blankRow, isBlank, PaperGrid, type PaperRow, type RowErrors } from './PaperGrid'
import { PaperRowForm } from './PaperRowForm'
import { PageLayout } from '../../components/PageLayout'

type SentRow = Body<'post', '/api/v1/checkpoints/{id}/paper-register'>['rows'][number]

const IN = ['进', '入', 'in', 'i', '1']
const OUT = ['出', 'out', 'o', '2']

function direction(text: string): 'in' | 'out' | null {
  const v = text.trim().toLowerCase()
  return IN.includes(v) ? 'in' : OUT.includes(v) ? 'out' : null
}

function number(text: string, integer: boolean): number | null | undefined {
  const v = text.trim().replace('，', '.').replace(',', '.')
  if (!v) return null
  const n = Number(v)
  return Number.isFinite(n) && (!integer || Number.isInteger(n)) ? n : undefined
}

/** The row as the API takes it, or what keeps it from being sent. */
function toSent(r: PaperRow, t: (k: 'paper.badDirection' | 'paper.badNumber') => string) {
  const errors: { field: string; message: string }[] = []
  const dir = direction(r.direction)
  if (!dir) errors.push({ field: 'direction', message: t('paper.badDirection') })
  const temperature = number(r.temperature, false)
  if (temperature === undefined) errors.push({ field: 'temperature', message: t('paper.badNumber') })
  const passengers = number(r.passengers, true)
  if (passengers === undefined) errors.push({ field: 'passengers', message: t('paper.badNumber') })
  const text = (v: string) => v.trim() || null
  const sent: SentRow = {
    id: r.id,
    time: r.time.trim(),
    direction: dir ?? 'in',
    name: text(r.name),
    document: text(r.document),
    phone: text(r.phone),
    temperature: temperature ?? null,
    plate: text(r.plate),
    passengers: passengers ?? null,
  }
  return { sent, errors }
}

export default function PaperEntryPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const timeZone = useTimeZone()
  const [params] = useSearchParams()
  const [checkpoints, setCheckpoints] = useState<Checkpoint[]>([])
  const [checkpointId, setCheckpointId] = useState(params.get('checkpoint') ?? undefined)
  const [date, setDate] = useState<Dayjs>(() => dayjs(params.get('date') ?? localDate(Date.now(), timeZone)))
  const [rows, setRows] = useState<PaperRow[]>(() => [blankRow()])
  const [errors, setErrors] = useState<RowErrors>({})
  const [saving, setSaving] = useState(false)
  const phone = Grid.useBreakpoint().sm === false

  useEffect(() => {
    api.get('/api/v1/checkpoints', {}).then(setCheckpoints, showError)
  }, [showError])

  const save = async () => {
    if (!checkpointId) return void message.warning(t('paper.pickCheckpoint'))
    const filled = rows.filter((r) => !isBlank(r))
    if (!filled.length) return void message.warning(t('paper.nothing'))
    const checked = filled.map((r) => ({ row: r, ...toSent(r, t) }))
    const local = Object.fromEntries(checked.filter((c) => c.errors.length).map((c) => [c.row.id, c.errors]))
    setErrors(local)
    if (Object.keys(local).length)
      return void message.error(t('paper.fixRows', { n: Object.keys(local).length }))
    setSaving(true)
    try {
      const res = await api.post('/api/v1/checkpoints/{id}/paper-register', {
        path: { id: checkpointId },
        body: { date: date.format('YYYY-MM-DD'), rows: checked.map((c) => c.sent) },
      })
      if (!res.saved) {
        const wrong = res.rows.filter((r) => r.errors.length)
        setErrors(Object.fromEntries(wrong.map((r) => [r.id, r.errors])))
        return void message.error(t('paper.fixRows', { n: wrong.length }))
      }
      void message.success(t('paper.saved', { stored: res.stored, duplicates: res.duplicates }))
      setRows([blankRow()])
      setErrors({})
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }

  return (
    <PageLayout title={t('paper.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span id="paper-checkpoint">{t('paper.checkpoint')}</span>
        <Select
          aria-labelledby="paper-checkpoint"
          className="lf-paper-checkpoint"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('checkpoints.pick')}
          value={checkpointId}
          onChange={setCheckpointId}
          options={checkpoints.map((c) => ({ value: c.id, label: `${c.regionName} · ${c.name}` }))}
        />
        <span id="paper-date">{t('paper.date')}</span>
        <DatePicker
          aria-labelledby="paper-date"
          value={date}
          allowClear={false}
          onChange={(d) => d && setDate(d)}
        />
      </Space>
      <Typography.Paragraph type="secondary">
        {t(phone ? 'paper.phoneKeys' : 'paper.keys')}
      </Typography.Paragraph>
      {phone ? (
        <PaperRowForm rows={rows} errors={errors} onChange={setRows} />
      ) : (
        <div className="lf-scroll" tabIndex={0} role="region" aria-label={t('paper.title')}>
          <PaperGrid rows={rows} errors={errors} onChange={setRows} />
        </div>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {!phone && <Button onClick={() => setRows([...rows, blankRow()])}>{t('paper.addRow')}</Button>}
        <Button type="primary" loading={saving} onClick={() => void save()}>
          {t('paper.save')}
        </Button>
        <span>{t('paper.rows', { n: rows.filter((r) => !isBlank(r)).length })}</span>
      </Space>
    </PageLayout>
  )
}
