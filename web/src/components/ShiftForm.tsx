// A new duty shift (值班): who, from, to. Shared by the checkpoint and hotline rosters.
import { Button, DatePicker, Form, Select, type FormInstance } from 'antd'

export interface ShiftFormProps {
  form: FormInstance
  /** the form field holding the person on duty, e.g. staffUserId */
  who: string
  labels: { who: string; from: string; to: string; submit: string }
  options: { value: string; label: string }[]
  onFinish: () => void
}

export function ShiftForm({ form, who, labels, options, onFinish }: ShiftFormProps) {
  return (
    <Form form={form} layout="inline" style={{ marginTop: 16 }} onFinish={onFinish}>
      <Form.Item name={who} label={labels.who} rules={[{ required: true }]}>
        <Select style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="from" label={labels.from} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="to" label={labels.to} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {labels.submit}
      </Button>
    </Form>
  )
}
