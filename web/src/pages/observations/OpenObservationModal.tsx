// 开始观察: a person found by name, a reason, the period and the 1+1+1 team.
import { Form, Input, InputNumber, Modal, Select } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import type { NewObservation } from './types'

type Option = { value: string; label: string }

function useStaff(role: 'street_officer' | 'medic' | 'community_worker', enabled: boolean): Option[] {
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    if (!enabled) return
    api
      .get('/api/v1/users', { query: { role, page: 1, pageSize: 200 } })
      .then((res) =>
        setOptions(res.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.scopeName})` }))),
      )
      .catch(() => setOptions([]))
  }, [role, enabled])
  return options
}

interface Values {
  personId: string
  reason: string
  days: number
  officerId?: string
  medicId?: string
  workerId?: string
}

export function OpenObservationModal({
  open,
  onClose,
  onOpened,
}: {
  open: boolean
  onClose: () => void
  onOpened: () => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const [form] = Form.useForm<Values>()
  const [people, setPeople] = useState<Option[]>([])
  const withTeam = can('user:read')
  const officers = useStaff('street_officer', open && withTeam)
  const medics = useStaff('medic', open && withTeam)
  const workers = useStaff('community_worker', open && withTeam)

  const search = async (name: string) => {
    if (!name.trim()) return
    try {
      const res = await api.get('/api/v1/people', { query: { name: name.trim(), page: 1, pageSize: 20 } })
      setPeople(
        res.items.map((p) => ({ value: p.id, label: `${p.name} · ${p.regionName} ${p.address ?? ''}` })),
      )
    } catch (e) {
      showError(e)
    }
  }
  const submit = async () => {
    const v = await form.validateFields()
    const body: NewObservation = { personId: v.personId, reason: v.reason, days: v.days }
    if (v.officerId && v.medicId && v.workerId)
      body.team = { officerId: v.officerId, medicId: v.medicId, workerId: v.workerId }
    try {
      await api.post('/api/v1/observations', { body })
      form.resetFields()
      onOpened()
    } catch (e) {
      showError(e)
    }
  }
  const staffField = (name: 'officerId' | 'medicId' | 'workerId', label: string, options: Option[]) => (
    <Form.Item name={name} label={label}>
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options} />
    </Form.Item>
  )
  return (
    <Modal
      open={open}
      title={t('observations.open')}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ days: 14 }}>
        <Form.Item name="personId" label={t('observations.person')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
            placeholder={t('observations.personSearch')}
            options={people}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('observations.reason')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="days" label={t('observations.days')} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        {withTeam && staffField('officerId', t('observations.officer'), officers)}
        {withTeam && staffField('medicId', t('observations.medic'), medics)}
        {withTeam && staffField('workerId', t('observations.worker'), workers)}
      </Form>
    </Modal>
  )
}
