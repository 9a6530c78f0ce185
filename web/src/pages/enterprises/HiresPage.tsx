// 企业联络员页面: the liaison's own enterprises, their new hires with colours only (no health
// details), adding hires one by one or as a list, the link hires declare through, and alerts.
import { App, Button, Empty, Flex, Select, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { copyText } from '../../components/copy'
import { useShowError } from '../../components/useShowError'
import { AddHireForm } from './AddHireForm'
import { AlertsList } from './AlertsList'
import { DeclareModal } from './DeclareModal'
import { HiresTable, type Hire } from './HiresTable'
import { PageLayout } from '../../components/PageLayout'

type Enterprise = Result<'get', '/api/v1/enterprises'>[number]

export default function HiresPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { message } = App.useApp()
  const [list, setList] = useState<Enterprise[] | null>(null)
  const [id, setId] = useState<string>()
  const [hires, setHires] = useState<Hire[]>([])
  const [version, setVersion] = useState(0)
  const [declaring, setDeclaring] = useState<Hire>()
  useEffect(() => {
    api.get('/api/v1/enterprises').then((all) => {
      setList(all)
      if (all.length) setId((current) => current ?? all[0].id)
    }, showError)
  }, [showError])
  const load = useCallback(() => {
    if (id) api.get('/api/v1/enterprises/{id}/hires', { path: { id } }).then(setHires, showError)
    setVersion((v) => v + 1)
  }, [id, showError])
  useEffect(load, [load])
  if (list && !list.length) return <Empty description={t('enterprises.none')} />
  const link = hires[0]?.declarationLink
  return (
    <Flex vertical gap={12}>
      <PageLayout
        title={t('enterprises.hires')}
        extra={
          <Select
            aria-label={t('enterprises.choose')}
            style={{ minWidth: 180 }}
            value={id}
            onChange={setId}
            options={(list ?? []).map((e) => ({ value: e.id, label: e.name }))}
          />
        }
      >
        <Flex vertical gap={12}>
          {id && <AddHireForm enterpriseId={id} onAdded={load} />}
          <Typography.Text type="secondary">{t('enterprises.colourOnly')}</Typography.Text>
          <HiresTable hires={hires} onDeclare={setDeclaring} />
          {link && (
            <Button
              onClick={() =>
                void copyText(location.origin + link).then((ok) =>
                  ok ? message.success(t('common.copied')) : message.error(t('common.copyFailed')),
                )
              }
            >
              {t('enterprises.copyLink')}
            </Button>
          )}
        </Flex>
      </PageLayout>
      <AlertsList refresh={version} />
      <DeclareModal
        hire={declaring}
        onClose={(changed) => {
          setDeclaring(undefined)
          if (changed) load()
        }}
      />
    </Flex>
  )
}
