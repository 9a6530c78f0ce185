// 人员查询: search the registry (server-side paging), see a person with their household, and
// export the result (masked; in full only with person:unmask and a typed reason).
import { Button, Drawer, Descriptions, Form, Input, Modal, Select, Space, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api, type Body, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { DeviceList } from './DeviceList'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Person = Result<'get', '/api/v1/people'>['items'][number]
type Filters = Omit<Body<'post', '/api/v1/people/search'>, 'page' | 'pageSize'>
const RESIDENCE = ['registered', 'temporary', 'floating'] as const

export default function PeoplePage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [filters, setFilters] = useState<Filters>({})
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ items: Person[]; total: number; totalAtLeast?: boolean }>({
    items: [],
    total: 0,
  })
  const [loading, setLoading] = useState(false)
  const [open, setOpen] = useState<Person | null>(null)
  const [members, setMembers] = useState<Person[]>([])
  const [askReason, setAskReason] = useState(false)
  const [reason, setReason] = useState('')

  const load = useCallback(async () => {
    setLoading(true)
    try {
      // a document number or phone goes in a POST body (audited, 30 a minute), never in the URL
      const { document, phone, ...rest } = filters
      setData(
        document || phone
          ? await api.post('/api/v1/people/search', { body: { ...filters, page, pageSize: 20 } })
          : await api.get('/api/v1/people', { query: { ...rest, page, pageSize: 20 } }),
      )
    } catch (e) {
      showError(e)
    } finally {
      setLoading(false)
    }
  }, [filters, page, showError])
  useEffect(() => void load(), [load])

  useEffect(() => {
    if (!open?.householdId) return setMembers([])
    api
      .get('/api/v1/people', { query: { householdId: open.householdId, page: 1, pageSize: 50 } })
      .then((r) => setMembers(r.items))
      .catch(showError)
  }, [open, showError])

  const exportXlsx = async (unmask: boolean) => {
    try {
      const name = `${t('people.title')}-${new Date().toISOString().slice(0, 10)}.xlsx`
      await api.download(
        'post',
        '/api/v1/people/export',
        { body: { ...filters, ...(unmask && { unmask, reason }) } },
        name,
      )
      setAskReason(false)
      setReason('')
    } catch (e) {
      showError(e)
    }
  }

  const columns = [
    { title: t('people.name'), dataIndex: 'name' },
    { title: t('people.document'), dataIndex: 'document' },
    { title: t('people.phone'), dataIndex: 'phone' },
    {
      title: t('people.sex'),
      hideOnPhone: true,
      dataIndex: 'sex',
      render: (s: Person['sex']) => (s === 'male' || s === 'female' ? t(`people.sexes.${s}`) : ''),
    },
    { title: t('people.region'), dataIndex: 'regionName' },
    { title: t('people.address'), dataIndex: 'address' },
    {
      title: t('people.residenceType'),
      dataIndex: 'residenceType',
      render: (r: string, p: Person) => (
        <Space>
          {RESIDENCE.includes(r as never) ? t(`people.residenceTypes.${r as (typeof RESIDENCE)[number]}`) : r}
          {p.keyPerson && <Tag color="orange">{t('people.keyPerson')}</Tag>}
        </Space>
      ),
    },
  ]

  return (
    <PageLayout title={t('nav.people')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Form
          layout="inline"
          onFinish={(v: Filters) => {
            setPage(1)
            setFilters(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')))
          }}
        >
          <Form.Item name="name" label={t('people.name')}>
            <Input allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="document" label={t('people.document')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="phone" label={t('people.phone')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="residenceType" label={t('people.residenceType')}>
            <Select
              allowClear
              style={{ width: 100 }}
              options={RESIDENCE.map((r) => ({ value: r, label: t(`people.residenceTypes.${r}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('people.search')}
          </Button>
          {can('person:export') && (
            <Button onClick={() => void exportXlsx(false)}>{t('people.export')}</Button>
          )}
          {can('person:export') && can('person:unmask') && (
            <Button danger onClick={() => setAskReason(true)}>
              {t('people.exportUnmasked')}
            </Button>
          )}
        </Form>
        <ListTable<Person>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data.items}
          onRow={(p) => ({ onClick: () => setOpen(p) })}
          pagination={{
            current: page,
            total: data.total,
            pageSize: 20,
            showSizeChanger: false,
            showTotal: (total) => t(data.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
            onChange: setPage,
          }}
        />
        <Drawer
          open={!!open}
          size={520}
          title={t('people.detail')}
          onClose={() => setOpen(null)}
          extra={
            can('colour:read') && open && <Link to={`/colours?person=${open.id}`}>{t('nav.colours')}</Link>
          }
        >
          {open && (
            <>
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('people.name')}>{open.name}</Descriptions.Item>
                <Descriptions.Item label={t('people.document')}>{open.document}</Descriptions.Item>
                <Descriptions.Item label={t('people.phone')}>{open.phone}</Descriptions.Item>
                <Descriptions.Item label={t('people.birthDate')}>{open.birthDate}</Descriptions.Item>
                <Descriptions.Item label={t('people.region')}>{open.regionName}</Descriptions.Item>
                <Descriptions.Item label={t('people.address')}>{open.address}</Descriptions.Item>
                <Descriptions.Item label={t('people.workplace')}>{open.workplace}</Descriptions.Item>
              </Descriptions>
              <h4 style={{ marginTop: 16 }}>{t('people.household')}</h4>
              {open.householdId ? (
                <ListTable<Person>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  columns={columns.slice(0, 3)}
                  dataSource={members}
                />
              ) : (
                t('people.noHousehold')
              )}
              <h4 style={{ marginTop: 16 }}>{t('people.devices')}</h4>
              <DeviceList personId={open.id} />
            </>
          )}
        </Drawer>
        <Modal
          open={askReason}
          title={t('people.exportUnmasked')}
          okButtonProps={{ disabled: reason.trim().length < 2, danger: true }}
          onOk={() => void exportXlsx(true)}
          onCancel={() => setAskReason(false)}
        >
          <p>{t('people.reasonHint')}</p>
          <Input.TextArea
            aria-label={t('people.reason')}
            value={reason}
            maxLength={200}
            placeholder={t('people.reason')}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      </Space>
    </PageLayout>
  )
}
