// 人员力量: the roster of party members, dispatched cadres, volunteers, social workers and
// medics, and the grid teams (百户固定法) with the households they cover.
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Tabs } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Member = Result<'get', '/api/v1/staff'>['items'][number]
type Team = Result<'get', '/api/v1/teams'>[number]
const KINDS = [
  'party_member',
  'dispatched_cadre',
  'volunteer',
  'social_worker',
  'medic',
  'community_worker',
] as const
type Kind = (typeof KINDS)[number]

export default function StaffPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const [kind, setKind] = useState<Kind | undefined>()
  const [members, setMembers] = useState<Member[]>([])
  const [teams, setTeams] = useState<Team[]>([])
  const [adding, setAdding] = useState(false)
  const [form] = Form.useForm()

  const load = useCallback(async () => {
    try {
      setMembers(
        (await api.get('/api/v1/staff', { query: { kind, page: 1, pageSize: 200 } })).items as Member[],
      )
      setTeams(await api.get('/api/v1/teams'))
    } catch (e) {
      showError(e)
    }
  }, [kind, showError])
  useEffect(() => void load(), [load])

  const add = async () => {
    const v = (await form.validateFields()) as Record<string, unknown> & {
      joinedOn: { format(f: string): string }
    }
    try {
      await api.post('/api/v1/staff', { body: { ...v, joinedOn: v.joinedOn.format('YYYY-MM-DD') } as never })
      void message.success(t('common.saved', { defaultValue: '✓' }))
      setAdding(false)
      form.resetFields()
      await load()
    } catch (e) {
      showError(e)
    }
  }

  const kindText = (k: string) => (KINDS.includes(k as Kind) ? t(`staff.kinds.${k as Kind}`) : k)
  const roster = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Select<Kind>
          aria-label={t('staff.kind')}
          allowClear
          style={{ width: 160 }}
          placeholder={t('staff.kind')}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: kindText(k) }))}
        />
        {can('staff:write') && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('staff.add')}
          </Button>
        )}
      </Space>
      <ListTable<Member>
        rowKey="id"
        size="small"
        dataSource={members}
        columns={[
          { title: t('staff.name'), dataIndex: 'name' },
          { title: t('staff.kind'), dataIndex: 'kind', render: kindText },
          { title: t('staff.unit'), dataIndex: 'unit' },
          { title: t('staff.phone'), dataIndex: 'phone' },
          { title: t('staff.region'), dataIndex: 'regionName' },
          { title: t('staff.joinedOn'), dataIndex: 'joinedOn' },
        ]}
      />
    </Space>
  )
  const teamTable = (
    <ListTable<Team>
      rowKey="id"
      size="small"
      dataSource={teams}
      columns={[
        { title: t('staff.teamName'), dataIndex: 'name' },
        { title: t('staff.region'), dataIndex: 'region_name' },
        { title: t('staff.memberCount'), dataIndex: 'members' },
        { title: t('staff.areaCount'), dataIndex: 'areas' },
        { title: t('staff.households'), dataIndex: 'households' },
      ]}
    />
  )
  return (
    <PageLayout title={t('nav.staff')}>
      <>
        <Tabs
          items={[
            { key: 'members', label: t('staff.members'), children: roster },
            { key: 'teams', label: t('staff.teams'), children: teamTable },
          ]}
        />
        <Modal open={adding} title={t('staff.add')} onOk={() => void add()} onCancel={() => setAdding(false)}>
          <Form form={form} layout="vertical">
            <Form.Item name="name" label={t('staff.name')} rules={[{ required: true, max: 50 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="kind" label={t('staff.kind')} rules={[{ required: true }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: kindText(k) }))} />
            </Form.Item>
            <Form.Item name="unit" label={t('staff.unit')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="phone" label={t('staff.phone')}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item name="regionId" label={t('staff.region')} rules={[{ required: true }]}>
              <RegionSelect />
            </Form.Item>
            <Form.Item name="joinedOn" label={t('staff.joinedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Form>
        </Modal>
      </>
    </PageLayout>
  )
}
