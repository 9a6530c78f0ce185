// 社区工作台: a community worker's home. One page with what is to be done today in their
// community, each with its count and a link to the page that does it: alerts to handle,
// readings left in this slot, households the sweep has not reached, declarations to check.
import { Button, Card, Flex, Spin, Typography } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api, type Result } from '../../api/client'
import { useMe, useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'

/** Today's readings across the community and the alerts waiting (one call). */
function useRoundsProgress() {
  const showError = useShowError()
  const [progress, setProgress] = useState<Result<'get', '/api/v1/observations/progress'>>()
  useEffect(() => {
    api.get('/api/v1/observations/progress').then(setProgress, showError)
  }, [showError])
  return progress
}

interface Sweep {
  name: string
  pending: number
  revisit: number
}

/** The latest open door-to-door campaign and the households it has not reached. */
function useSweep(enabled: boolean) {
  const showError = useShowError()
  const [sweep, setSweep] = useState<Sweep | null>()
  useEffect(() => {
    if (!enabled) return
    const load = async () => {
      const open = (await api.get('/api/v1/campaigns', { query: { kind: 'sweep' } }))
        .filter((c) => c.status === 'open')
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      if (!open[0]) return setSweep(null)
      const count = async (state: 'pending' | 'nobody_home') =>
        (
          await api.get('/api/v1/campaigns/{id}/households', {
            path: { id: open[0].id },
            query: { state, page: 1, pageSize: 1 },
          })
        ).total
      setSweep({ name: open[0].name, pending: await count('pending'), revisit: await count('nobody_home') })
    }
    load().catch(showError)
  }, [enabled, showError])
  return sweep
}

/** Today's declarations that need a look: with symptoms, with travel. */
function useDeclarations(enabled: boolean) {
  const showError = useShowError()
  const [counts, setCounts] = useState<{ symptoms: number; travel: number }>()
  useEffect(() => {
    if (!enabled) return
    const start = new Date()
    start.setHours(0, 0, 0, 0)
    const from = start.toISOString()
    const count = async (q: { symptom?: 'any'; withTravel?: boolean }) =>
      (
        await api.get('/api/v1/declarations', {
          query: { ...q, from, latestOnly: true, page: 1, pageSize: 1 },
        })
      ).total
    Promise.all([count({ symptom: 'any' }), count({ withTravel: true })])
      .then(([symptoms, travel]) => setCounts({ symptoms, travel }))
      .catch(showError)
  }, [enabled, showError])
  return counts
}

function Task({
  title,
  count,
  hint,
  to,
  testId,
}: {
  title: string
  count: number | undefined
  hint: ReactNode
  to: string
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <Card size="small" data-testid={testId}>
      <Flex justify="space-between" align="center" gap={12}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary">{hint}</Typography.Text>
        </Flex>
        <Flex align="center" gap={12}>
          <Typography.Text strong style={{ fontSize: 24 }} data-testid={`${testId}-count`}>
            {count === undefined ? <Spin size="small" /> : count}
          </Typography.Text>
          <Link to={to}>
            <Button type={count ? 'primary' : 'default'}>{t('work.open')}</Button>
          </Link>
        </Flex>
      </Flex>
    </Card>
  )
}

export default function WorkPage() {
  const { t } = useTranslation()
  const { can } = useSession()
  const { user } = useMe()
  const progress = useRoundsProgress()
  const sweep = useSweep(can('campaign:read'))
  const declarations = useDeclarations(can('declaration:read'))
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('work.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('work.intro', { scope: user.scopeName })}</Typography.Text>
      <Task
        testId="work-alerts"
        title={t('work.alerts')}
        count={progress?.activeAlerts}
        hint={progress?.activeAlerts ? t('work.alertsHint') : t('work.alertsNone')}
        to="/alerts"
      />
      <Task
        testId="work-rounds"
        title={t('work.rounds')}
        count={progress?.dueNow}
        hint={
          !progress
            ? ''
            : progress.underObservation === 0
              ? t('work.roundsNone')
              : progress.dueNow > 0
                ? t('work.roundsLeft', { n: progress.dueNow })
                : t('work.roundsDone', { n: progress.underObservation })
        }
        to={can('observation:reading') ? '/rounds' : '/observations'}
      />
      {can('campaign:read') && (
        <Task
          testId="work-households"
          title={t('work.households')}
          count={sweep === undefined ? undefined : sweep ? sweep.pending + sweep.revisit : 0}
          hint={sweep ? t('work.householdsOf', { ...sweep }) : sweep === null ? t('work.householdsNone') : ''}
          to={can('campaign:work') ? '/sweep' : '/campaigns'}
        />
      )}
      {can('declaration:read') && (
        <Task
          testId="work-declarations"
          title={t('work.declarations')}
          count={declarations && declarations.symptoms + declarations.travel}
          hint={declarations ? t('work.declarationsHint', declarations) : ''}
          to="/declarations"
        />
      )}
    </Flex>
  )
}
