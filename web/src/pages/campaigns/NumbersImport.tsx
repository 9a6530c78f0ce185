// 导入号码清单: a carrier's list (CSV or .xlsx), de-duplicated within itself, against the
// campaign and against the registry; the report says what was found.
import { UploadOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Descriptions, Flex, Select, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { fileToBase64 } from '../../components/base64'
import { useShowError } from '../../components/useShowError'

type Report = Result<'post', '/api/v1/campaigns/{id}/numbers/import'>
const CARRIERS = ['中国移动', '中国联通', '中国电信']

export function NumbersImport({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [carrier, setCarrier] = useState<string>()
  const [callKnown, setCallKnown] = useState(false)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report>()
  const upload = async (file: File) => {
    setBusy(true)
    try {
      const body = { content: await fileToBase64(file), carrier: carrier ?? null, callKnown }
      setReport(await api.post('/api/v1/campaigns/{id}/numbers/import', { path: { id: campaignId }, body }))
      void message.success(t('campaigns.imported'))
      onDone()
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }
  const item = (k: keyof Report) => (
    <Descriptions.Item key={k} label={t(`campaigns.report.${k as Exclude<keyof Report, 'invalidRows'>}`)}>
      {k === 'invalidCount' && report?.invalidRows.length
        ? `${report.invalidCount}（${t('campaigns.rows')} ${report.invalidRows.join(', ')}）`
        : String(report?.[k])}
    </Descriptions.Item>
  )
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('calls.carrier')}
          placeholder={t('calls.carrier')}
          style={{ width: 140 }}
          allowClear
          value={carrier}
          onChange={setCarrier}
          options={CARRIERS.map((c) => ({ value: c, label: c }))}
        />
        <Checkbox checked={callKnown} onChange={(e) => setCallKnown(e.target.checked)}>
          {t('campaigns.callKnown')}
        </Checkbox>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file)
            return false
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('campaigns.importNumbers')}
          </Button>
        </Upload>
      </Flex>
      {report && (
        <Descriptions data-testid="import-report" size="small" bordered column={{ xs: 1, sm: 2, md: 4 }}>
          {(
            [
              'rows',
              'added',
              'toCall',
              'inRegistry',
              'duplicatesInList',
              'alreadyInCampaign',
              'invalidCount',
            ] as const
          ).map(item)}
        </Descriptions>
      )}
    </Flex>
  )
}
