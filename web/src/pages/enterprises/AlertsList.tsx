// 码色预警: hires who turned yellow or red, for the liaison and the community alike (masked
// names and colours only).
import { Alert, Card, Empty, Flex } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { colourName } from '../../components/ColourTag'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'

type AlertRow = Result<'get', '/api/v1/enterprise-alerts'>[number]

export function AlertsList({ refresh }: { refresh?: number }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { dateTime } = useFormat()
  const [alerts, setAlerts] = useState<AlertRow[]>([])
  useEffect(() => {
    api.get('/api/v1/enterprise-alerts').then(setAlerts, showError)
  }, [refresh, showError])
  return (
    <Card title={t('enterprises.alerts')} size="small" data-testid="enterprise-alerts">
      {!alerts.length && <Empty description={t('enterprises.noAlerts')} />}
      <Flex vertical gap={6}>
        {alerts.map((a) => (
          <Alert
            key={a.id}
            type={a.colour === 'red' ? 'error' : 'warning'}
            title={t('enterprises.alertText', {
              enterprise: a.enterpriseName,
              name: a.name,
              colour: colourName(t, a.colour),
            })}
            description={dateTime(a.at)}
          />
        ))}
      </Flex>
    </Card>
  )
}
