// A person's colour as staff see it: the colour now with its reasons, the case status and
// the history of every change with its cause.
import { Button, Card, Descriptions, List, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../components/format'
import { ColourTag } from '../../components/ColourTag'
import type { ColourView } from './types'
import { ListTable } from '../../components/ListTable'

type History = ColourView['history'][number]
type Reason = ColourView['reasons'][number]

export function ColourCard({
  view,
  name,
  onRequest,
}: {
  view: ColourView
  name: string
  onRequest?: () => void
}) {
  const { t, i18n } = useTranslation()
  const { dateTime } = useFormat()
  const text = (r: Reason) => (i18n.language === 'en' ? r.en : r.zh)
  const cause = (c: string) => {
    // causes are event names (key_person.filed); catalogue keys cannot hold dots
    const key = `passes.colour.causes.${c.replace(/\./g, '_')}`
    return i18n.exists(key) ? t(key as never) : c
  }
  const caseStatus = view.caseStatus as 'confirmed' | 'suspected' | 'central_quarantine' | null
  return (
    <Card
      title={name}
      data-testid="colour-card"
      extra={
        onRequest && (
          <Button danger onClick={onRequest}>
            {t('passes.colour.request')}
          </Button>
        )
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('passes.colour.current')}>
          <ColourTag colour={view.colour} large />
        </Descriptions.Item>
        <Descriptions.Item label={t('passes.colour.reasons')}>
          <List
            size="small"
            dataSource={view.reasons}
            renderItem={(r) => (
              <List.Item data-testid="colour-reason">
                <ColourTag colour={r.colour} /> {text(r)}
              </List.Item>
            )}
          />
        </Descriptions.Item>
        {caseStatus && (
          <Descriptions.Item label={t('passes.colour.caseStatus')}>
            <Tag color="red">{t(`passes.colour.caseStatuses.${caseStatus}`)}</Tag>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('passes.colour.computedAt')}>
          {dateTime(view.computedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('passes.colour.rulesVersion')}>{view.rulesVersion}</Descriptions.Item>
      </Descriptions>
      <h4 style={{ marginTop: 16 }}>{t('passes.colour.history')}</h4>
      <ListTable<History>
        rowKey={(h) => `${h.at}-${h.colour}`}
        size="small"
        pagination={false}
        dataSource={view.history}
        columns={[
          { title: t('passes.colour.computedAt'), render: (h: History) => dateTime(h.at) },
          { title: t('passes.rules.colour'), render: (h: History) => <ColourTag colour={h.colour} /> },
          { title: t('passes.colour.reasons'), render: (h: History) => h.reasons.map(text).join('；') },
          { title: t('passes.colour.cause'), render: (h: History) => cause(h.cause) },
        ]}
      />
    </Card>
  )
}
