// 卡点核验: checkpoint staff's home in the admin app. Their work is the gate (a separate light
// app at /gate/ that works offline), so the page's one main action is to open it.
import { ScanOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSession } from '../../admin/session'

export default function GatePage() {
  const { t } = useTranslation()
  const { can } = useSession()
  return (
    <Card title={t('gatePage.title')} size="small" style={{ maxWidth: 640 }}>
      <Flex vertical gap={16}>
        <Typography.Paragraph>{t('gatePage.intro')}</Typography.Paragraph>
        <Button
          type="primary"
          size="large"
          block
          icon={<ScanOutlined />}
          href="/gate/"
          data-testid="open-gate"
        >
          {t('gatePage.open')}
        </Button>
        <Flex gap={16} wrap>
          {can('checkpoint:read') && <Link to="/roster">{t('gatePage.roster')}</Link>}
          {can('passage:paper') && <Link to="/paper-register">{t('gatePage.paper')}</Link>}
        </Flex>
      </Flex>
    </Card>
  )
}
