// A new one-time password, shown once after creating an account or resetting its password.
import { CopyOutlined } from '@ant-design/icons'
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { copyText } from './copy'

export interface OneTimePassword {
  username: string
  displayName: string
  password: string
}

export function OneTimePasswordModal({
  value,
  onClose,
}: {
  value: OneTimePassword | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const copy = async () => {
    const ok = value && (await copyText(value.password))
    void (ok ? message.success(t('common.copied')) : message.warning(t('common.copyFailed')))
  }
  return (
    <Modal
      open={!!value}
      title={t('oneTime.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {value && (
        <>
          <Alert type="warning" showIcon title={t('oneTime.hint', { name: value.displayName })} />
          <Descriptions
            column={1}
            className="lf-otp"
            items={[
              { key: 'username', label: t('oneTime.username'), children: value.username },
              {
                key: 'password',
                label: t('oneTime.title'),
                children: (
                  <>
                    <Typography.Text code className="lf-otp-password" data-testid="one-time-password">
                      {value.password}
                    </Typography.Text>
                    <Button icon={<CopyOutlined />} onClick={() => void copy()}>
                      {t('common.copy')}
                    </Button>
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
