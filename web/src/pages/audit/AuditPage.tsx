// 操作日志: the append-only audit trail, read-only, filtered and paged on the server.
import { Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AuditEvent } from '../../api/types'
import { useFormat } from '../../components/format'
import { AuditFilters } from './AuditFilters'
import { auditActionLabel, auditActorName, auditDetailText, auditTargetText } from './auditText'
import { useAuditLog } from './useAuditLog'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export default function AuditPage() {
  const { t } = useTranslation()
  const { dateTime } = useFormat()
  const log = useAuditLog()
  const columns: TableColumnsType<AuditEvent> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', responsive: ['md'] },
    { key: 'at', title: t('audit.time'), render: (_, e) => dateTime(e.at) },
    // who did what to what: 张三 · 关闭预警 · 预警 王某某
    {
      key: 'actor',
      title: t('audit.user'),
      // a username is an identifier: not for translation (nor for the code-string check)
      render: (_, e) => <span translate="no">{auditActorName(e.actorName, t)}</span>,
    },
    { key: 'action', title: t('audit.action'), render: (_, e) => auditActionLabel(e.action, t) },
    { key: 'target', title: t('audit.target'), responsive: ['sm'], render: (_, e) => auditTargetText(e) },
    {
      key: 'detail',
      title: t('audit.detail'),
      responsive: ['lg'],
      render: (_, e) => auditDetailText(e.detail, t),
    },
  ]
  return (
    <PageLayout title={t('audit.title')} size="small">
      <Typography.Paragraph type="secondary">{t('audit.hint')}</Typography.Paragraph>
      <AuditFilters onChange={log.filterBy} />
      <ListTable<AuditEvent>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={log.data?.items}
        loading={log.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: log.paging.page,
          pageSize: log.paging.pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t(log.data?.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
          onChange: (page, pageSize) => log.setPaging({ page, pageSize }),
        }}
      />
    </PageLayout>
  )
}
