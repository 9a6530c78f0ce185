// 辖区今日测温: the whole scope's readings today, for those who oversee the rounds rather than
// walk them (the command centre, a community worker). Counts with links to act on them.
import { Card, Flex, Progress as Bar, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { Progress } from './types'

export function useRoundsProgress() {
  const showError = useShowError()
  const [progress, setProgress] = useState<Progress>()
  useEffect(() => {
    api.get('/api/v1/observations/progress').then(setProgress, showError)
  }, [showError])
  return progress
}

export function ScopeProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation()
  const taken = progress.slot === 'am' ? progress.amTaken : progress.pmTaken
  const n = progress.underObservation
  return (
    <Card size="small" title={t('rounds.scopeTitle')} data-testid="scope-progress">
      <Flex vertical gap={4}>
        <Typography.Text>
          {t('rounds.scopeLine', { n, am: progress.amTaken, pm: progress.pmTaken })}
        </Typography.Text>
        {n > 0 && <Bar percent={Math.round((taken / n) * 100)} aria-label={t('rounds.scopeTitle')} />}
        {n > 0 && (
          <Typography.Text strong>
            {progress.dueNow > 0 ? t('rounds.scopeDue', { n: progress.dueNow }) : t('rounds.scopeAllDone')}
          </Typography.Text>
        )}
        <Flex gap={16} wrap>
          {progress.activeAlerts > 0 && (
            <Link to="/alerts">{`${t('rounds.scopeAlerts', { n: progress.activeAlerts })} · ${t('rounds.toAlerts')}`}</Link>
          )}
          <Link to="/observations">{t('rounds.toObservations')}</Link>
        </Flex>
      </Flex>
    </Card>
  )
}
