// 排班: a checkpoint's next 7 days as a timeline of 24 hour cells (red where nobody is on
// duty), its shifts with add / remove / copy-the-day-before, and every gap in one's area.
import { App, Card, Form, List, Select, Space, Tag } from 'antd'
import type { Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ShiftForm } from '../../components/ShiftForm'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import type { Checkpoint } from './CheckpointsPage'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Roster = Result<'get', '/api/v1/checkpoints/{id}/roster'>
type Gaps = Result<'get', '/api/v1/roster/gaps'>
const HOUR = 3_600_000
const DAY = 24 * HOUR

export default function RosterPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const { timeZone, dateTime } = useFormat()
  const [checkpoints, setCheckpoints] = useState<Checkpoint[]>([])
  const [id, setId] = useState<string>()
  const [roster, setRoster] = useState<Roster>()
  const [gaps, setGaps] = useState<Gaps>()
  const [staff, setStaff] = useState<{ value: string; label: string }[]>([])
  const [form] = Form.useForm<{ staffUserId: string; from: Dayjs; to: Dayjs }>()
  const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(ms)

  useEffect(() => {
    api.get('/api/v1/checkpoints', { query: { open: true } }).then(setCheckpoints, showError)
    api.get('/api/v1/roster/gaps', { query: { days: 7 } }).then(setGaps, showError)
    if (can('user:read'))
      api
        .get('/api/v1/users', { query: { page: 1, pageSize: 200 } })
        .then(
          (r) => setStaff(r.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))),
          showError,
        )
  }, [showError, can])
  const reload = useCallback(async () => {
    if (!id) return
    try {
      setRoster(await api.get('/api/v1/checkpoints/{id}/roster', { path: { id }, query: { days: 7 } }))
    } catch (e) {
      showError(e)
    }
  }, [id, showError])
  useEffect(() => void reload(), [reload])

  const write = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn()
      void message.success(done ?? t('checkpoints.saved'))
      await reload()
    } catch (e) {
      showError(e)
    }
  }
  const addShift = async () => {
    const v = await form.validateFields()
    await write(() =>
      api.post('/api/v1/checkpoints/{id}/shifts', {
        path: { id: id! },
        body: { staffUserId: v.staffUserId, startsAt: v.from.toISOString(), endsAt: v.to.toISOString() },
      }),
    )
  }
  const copyDay = async (day: number) => {
    try {
      const r = await api.post('/api/v1/checkpoints/{id}/roster/copy', {
        path: { id: id! },
        body: { from: localDate(day - DAY + HOUR), to: localDate(day + HOUR) },
      })
      void message.success(t('checkpoints.copied', { created: r.created.length, skipped: r.skipped.length }))
      await reload()
    } catch (e) {
      showError(e)
    }
  }

  const start = roster ? Date.parse(roster.from) : 0
  const uncovered = new Set(roster?.uncoveredHours)
  const days = roster ? Array.from({ length: 7 }, (_, i) => start + i * DAY) : []

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PageLayout
        title={t('checkpoints.roster')}
        extra={
          <Select
            aria-label={t('checkpoints.pick')}
            style={{ width: 280 }}
            placeholder={t('checkpoints.pick')}
            value={id}
            onChange={setId}
            options={checkpoints.map((c) => ({ value: c.id, label: `${c.regionName} · ${c.name}` }))}
          />
        }
      >
        {roster && (
          <>
            <Space style={{ marginBottom: 8 }}>
              <Tag color="green">{t('checkpoints.legendCovered')}</Tag>
              <Tag color="red">{t('checkpoints.legendGap')}</Tag>
            </Space>
            {days.map((day) => (
              <div key={day} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
                <span style={{ width: 96 }}>{localDate(day + HOUR)}</span>
                <div style={{ display: 'grid', gridTemplateColumns: 'repeat(24, 1fr)', gap: 1, flex: 1 }}>
                  {Array.from({ length: 24 }, (_, h) => {
                    const iso = new Date(day + h * HOUR).toISOString()
                    return (
                      <div
                        key={h}
                        title={`${h}:00`}
                        style={{ height: 18, background: uncovered.has(iso) ? '#ff4d4f' : '#52c41a' }}
                      />
                    )
                  })}
                </div>
                {can('roster:write') && <a onClick={() => void copyDay(day)}>{t('checkpoints.copyDay')}</a>}
              </div>
            ))}
            <ListTable
              rowKey="id"
              size="small"
              style={{ marginTop: 16 }}
              dataSource={roster.shifts}
              columns={[
                { title: t('checkpoints.staff'), dataIndex: 'staffName' },
                {
                  title: t('checkpoints.from'),
                  render: (s: Roster['shifts'][number]) => dateTime(s.startsAt),
                },
                { title: t('checkpoints.to'), render: (s: Roster['shifts'][number]) => dateTime(s.endsAt) },
                {
                  title: '',
                  render: (s: Roster['shifts'][number]) =>
                    can('roster:write') && (
                      <a
                        onClick={() =>
                          void write(() => api.delete('/api/v1/shifts/{id}', { path: { id: s.id } }))
                        }
                      >
                        {t('checkpoints.remove')}
                      </a>
                    ),
                },
              ]}
            />
            {can('roster:write') && (
              <ShiftForm
                form={form}
                who="staffUserId"
                labels={{
                  who: t('checkpoints.staff'),
                  from: t('checkpoints.from'),
                  to: t('checkpoints.to'),
                  submit: t('checkpoints.addShift'),
                }}
                options={staff}
                onFinish={() => void addShift()}
              />
            )}
          </>
        )}
      </PageLayout>
      <Card title={t('checkpoints.gaps')}>
        <List
          dataSource={gaps?.items ?? []}
          locale={{ emptyText: t('checkpoints.noGaps') }}
          renderItem={(g) => (
            <List.Item>
              <a
                onClick={() => setId(g.checkpoint.id)}
              >{`${g.checkpoint.regionName} · ${g.checkpoint.name}`}</a>
              <Tag color="red">{t('checkpoints.uncoveredHours', { n: g.uncoveredHours })}</Tag>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  )
}
