// An enterprise's new hires. The liaison's answer holds masked names and colours only;
// community staff also get the document, phone and the reasons for a colour.
import { Button, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../api/client'
import { useFormat } from '../../components/format'
import { ColourTag } from '../../components/ColourTag'
import { ListTable } from '../../components/ListTable'

export type Hire = Result<'get', '/api/v1/enterprises/{id}/hires'>[number]

export function HiresTable({
  hires,
  loading,
  onDeclare,
}: {
  hires: Hire[]
  loading?: boolean
  /** 代为申报: offered on the liaison's page */
  onDeclare?: (hire: Hire) => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useFormat()
  const staffView = hires.some((h) => h.personId)
  const columns = [
    { title: t('enterprises.hireName'), dataIndex: 'name' },
    {
      title: t('enterprises.colour'),
      render: (h: Hire) =>
        h.link === 'linked' ? (
          <ColourTag colour={h.colour} />
        ) : (
          <Tag>{t(h.link === 'pending' ? 'enterprises.linkPending' : 'enterprises.linkRefused')}</Tag>
        ),
    },
    ...(staffView
      ? [
          { title: t('enterprises.document'), dataIndex: 'document' },
          { title: t('enterprises.phone'), dataIndex: 'phone' },
          { title: t('enterprises.reasons'), render: (h: Hire) => (h.reasons ?? []).join('；') },
        ]
      : []),
    { title: t('enterprises.hiredAt'), render: (h: Hire) => dateTime(h.hiredAt) },
    ...(onDeclare
      ? [
          {
            title: '',
            render: (h: Hire) => (
              <Button size="small" onClick={() => onDeclare(h)}>
                {t('enterprises.declare')}
              </Button>
            ),
          },
        ]
      : []),
  ]
  return (
    <ListTable<Hire>
      data-testid="hires-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={hires}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  )
}
