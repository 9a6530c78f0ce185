// 接线员页面: one number at a time. The full number is shown (and audited) only here, as a
// link the phone can dial; then the outcome, what was learnt, or a call-back later.
import { App, Button, Card, Checkbox, Descriptions, Empty, Flex, Input, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { CampaignPicker } from './CampaignPicker'
import { FindingFields, findingBody, type Finding } from '../../components/FindingFields'
import { PageLayout } from '../../components/PageLayout'

type Next = Result<'post', '/api/v1/campaigns/{id}/next-number'>
const OUTCOMES = ['reached', 'no_answer', 'switched_off', 'wrong_number', 'refused', 'not_in_area'] as const

export default function CallerPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [campaignId, setCampaignId] = useState<string>()
  const [current, setCurrent] = useState<Next | null>(null)
  const [note, setNote] = useState('')
  const [place, setPlace] = useState('')
  const [finding, setFinding] = useState<Finding>({})
  // someone reached who is not on file: they join the registry with this number
  const [callee, setCallee] = useState({ name: '', docNumber: '' })
  const [callBack, setCallBack] = useState(false)
  const [busy, setBusy] = useState(false)

  const next = async () => {
    if (!campaignId) return
    setBusy(true)
    try {
      setCurrent(await api.post('/api/v1/campaigns/{id}/next-number', { path: { id: campaignId } }))
      setNote('')
      setPlace('')
      setFinding({})
      setCallee({ name: '', docNumber: '' })
      setCallBack(false)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }
  const record = async (outcome: (typeof OUTCOMES)[number]) => {
    if (!current?.entry) return
    setBusy(true)
    // what was learnt counts only when someone answered
    const learnt =
      outcome === 'reached' ? findingBody({ ...finding, note, currentPlace: place }) : findingBody({ note })
    const person =
      outcome === 'reached' && callee.name.trim() && callee.docNumber.trim()
        ? {
            name: callee.name.trim(),
            docType: 'id_card' as const,
            docNumber: callee.docNumber.trim(),
            residenceType: 'floating' as const,
          }
        : undefined
    try {
      await api.post('/api/v1/call-entries/{id}/calls', {
        path: { id: current.entry.id },
        body: {
          outcome,
          ...((learnt || person) && { finding: { ...learnt, person } }),
          ...(callBack && { callBackAt: new Date(Date.now() + 3_600_000).toISOString() }),
        },
      })
      void message.success(t('calls.recorded'))
      setCurrent(null)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }
  const entry = current?.entry
  return (
    <PageLayout title={t('nav.calls')}>
      <Flex vertical gap={12} style={{ maxWidth: 640 }}>
        <CampaignPicker kind="phone" value={campaignId} onChange={setCampaignId} />
        {campaignId && !entry && (
          <Button type="primary" size="large" loading={busy} onClick={() => void next()}>
            {t('calls.next')}
          </Button>
        )}
        {current && !entry && <Empty description={t('calls.finished')} />}
        {entry && current.fullPhone && (
          <Card
            data-testid="call-card"
            title={<a href={`tel:${current.fullPhone}`}>{current.fullPhone}</a>}
            extra={
              <Flex gap={4}>
                {entry.inRegistry && <Tag color="blue">{t('calls.inRegistry')}</Tag>}
                {t('calls.round', { round: entry.round })}
              </Flex>
            }
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('calls.carrier')}>{entry.carrier ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('calls.homeRegion')}>{entry.homeRegion ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('calls.arrival')}>{entry.arrival ?? '—'}</Descriptions.Item>
            </Descriptions>
            <Flex vertical gap={6} style={{ marginBottom: 6 }}>
              <Input
                aria-label={t('calls.currentPlace')}
                placeholder={t('calls.currentPlace')}
                value={place}
                onChange={(e) => setPlace(e.target.value)}
              />
              {!entry.inRegistry && (
                <Flex gap={6}>
                  <Input
                    aria-label={t('calls.calleeName')}
                    placeholder={t('calls.calleeName')}
                    value={callee.name}
                    onChange={(e) => setCallee({ ...callee, name: e.target.value })}
                  />
                  <Input
                    aria-label={t('calls.calleeDocument')}
                    placeholder={t('calls.calleeDocument')}
                    value={callee.docNumber}
                    onChange={(e) => setCallee({ ...callee, docNumber: e.target.value })}
                  />
                </Flex>
              )}
              <FindingFields value={finding} onChange={setFinding} />
            </Flex>
            <Input.TextArea
              aria-label={t('calls.note')}
              placeholder={t('calls.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              rows={2}
            />
            <Checkbox
              checked={callBack}
              onChange={(e) => setCallBack(e.target.checked)}
              style={{ margin: '8px 0' }}
            >
              {t('calls.callBack')}
            </Checkbox>
            <Flex gap={8} wrap>
              {OUTCOMES.map((o) => (
                <Button
                  key={o}
                  type={o === 'reached' ? 'primary' : 'default'}
                  loading={busy}
                  onClick={() => void record(o)}
                >
                  {t(`calls.${o}`)}
                </Button>
              ))}
            </Flex>
          </Card>
        )}
      </Flex>
    </PageLayout>
  )
}
