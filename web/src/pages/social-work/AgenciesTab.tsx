// 社工机构与社工: the agencies and social workers inside one's scope, and adding them.
import { App, Button, Card, Col, Form, Input, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { api, type Body, type Result } from '../../api/client'
import { useSession } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { ListTable } from '../../components/ListTable'

export type Agency = Result<'get', '/api/v1/social-work/agencies'>[number]
export type Worker = Result<'get', '/api/v1/social-work/workers'>[number]

export function AgenciesTab(props: { agencies: Agency[]; workers: Worker[]; onChanged: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can, me } = useSession()
  const [agencyForm] = Form.useForm<Body<'post', '/api/v1/social-work/agencies'>>()
  const [workerForm] = Form.useForm<Body<'post', '/api/v1/social-work/workers'>>()
  const mayWrite = can('social_work:write')

  const add = async (run: () => Promise<unknown>, form: { resetFields: () => void }) => {
    try {
      await run()
      void message.success(t('socialWork.saved'))
      form.resetFields()
      props.onChanged()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('socialWork.agencies')}>
          <ListTable<Agency>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={props.agencies}
            columns={[
              { title: t('socialWork.agencyName'), dataIndex: 'name' },
              { title: t('socialWork.region'), dataIndex: 'regionName' },
              { title: t('socialWork.note'), render: (_, a) => a.note ?? '' },
            ]}
          />
          {mayWrite && (
            <Form
              form={agencyForm}
              name="agency"
              layout="vertical"
              style={{ marginTop: 16 }}
              initialValues={{ regionId: me?.user.scopeRegionId }}
              onFinish={(v) =>
                void add(() => api.post('/api/v1/social-work/agencies', { body: v }), agencyForm)
              }
            >
              <Form.Item
                name="name"
                label={t('socialWork.agencyName')}
                rules={[{ required: true, max: 100 }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="regionId" label={t('socialWork.region')} rules={[{ required: true }]}>
                <RegionSelect initialLabel={me?.user.scopeName} />
              </Form.Item>
              <Button htmlType="submit">{t('socialWork.newAgency')}</Button>
            </Form>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('socialWork.workers')}>
          <ListTable<Worker>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={props.workers}
            columns={[
              { title: t('socialWork.workerName'), dataIndex: 'name' },
              { title: t('socialWork.agency'), render: (_, w) => w.agencyName ?? t('socialWork.noAgency') },
              { title: t('socialWork.region'), dataIndex: 'regionName' },
            ]}
          />
          {mayWrite && (
            <Form
              form={workerForm}
              name="worker"
              layout="vertical"
              style={{ marginTop: 16 }}
              onFinish={(v) =>
                void add(() => api.post('/api/v1/social-work/workers', { body: v }), workerForm)
              }
            >
              <Form.Item name="name" label={t('socialWork.workerName')} rules={[{ required: true, max: 50 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="agencyId" label={t('socialWork.agency')}>
                <Select allowClear options={props.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              </Form.Item>
              <Button htmlType="submit">{t('socialWork.newWorker')}</Button>
            </Form>
          )}
        </Card>
      </Col>
    </Row>
  )
}
