// 编辑赋码规则 (command centre only): every publish is a new version; the server refuses a
// rule naming an unknown condition, and an edit made against an outdated version.
import { MinusCircleOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import type { PublicRules, Rule } from './types'

interface RuleValues extends Omit<Rule, 'params'> {
  params: string
}
interface Values {
  rules: RuleValues[]
  greenZh: string
  greenEn: string
  note?: string
}

const parseParams = (text: string): Record<string, unknown> | undefined => {
  if (!text.trim()) return undefined
  const v: unknown = JSON.parse(text)
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object')
  return v as Record<string, unknown>
}

export function RulesEditor({
  current,
  open,
  onClose,
  onPublished,
}: {
  current: PublicRules
  open: boolean
  onClose: () => void
  onPublished: () => void
}) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [form] = Form.useForm<Values>()
  const green = current.green as { zh: string; en: string }
  useEffect(() => {
    if (!open) return
    form.setFieldsValue({
      rules: (current.rules as Rule[]).map((r) => ({
        ...r,
        params: r.params ? JSON.stringify(r.params) : '',
      })),
      greenZh: green.zh,
      greenEn: green.en,
      note: '',
    })
  }, [open, current, green, form])

  const publish = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    const rules = v.rules.map(({ params, ...r }) => ({ ...r, params: parseParams(params) }))
    try {
      const saved = await api.put('/api/v1/colour-rules', {
        body: { baseVersion: current.version, rules, green: { zh: v.greenZh, en: v.greenEn }, note: v.note },
      })
      void message.success(t('passes.rules.published', { version: saved.version }))
      onPublished()
    } catch (e) {
      showError(e)
    }
  }
  const jsonRule = {
    validator: async (_: unknown, text: string) => {
      try {
        parseParams(text ?? '')
      } catch {
        throw new Error(t('passes.rules.badJson'))
      }
    },
  }
  const facts = (current.facts ?? []).map((f) => ({
    value: f.name,
    label: i18n.language === 'en' ? f.en : f.zh,
  }))

  return (
    <Modal
      open={open}
      width={900}
      title={t('passes.rules.edit')}
      onOk={() => void publish()}
      onCancel={onClose}
      okText={t('passes.rules.publish')}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space
                  key={f.key}
                  align="start"
                  wrap
                  style={{ borderBottom: '1px solid #eee', marginBottom: 8 }}
                >
                  <Form.Item
                    name={[f.name, 'id']}
                    label={t('passes.rules.ruleId')}
                    rules={[{ required: true, pattern: /^[a-z0-9_]+$/ }]}
                  >
                    <Input style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'fact']}
                    label={t('passes.rules.fact')}
                    rules={[{ required: true }]}
                  >
                    <Select style={{ width: 260 }} options={facts} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'colour']}
                    label={t('passes.rules.colour')}
                    rules={[{ required: true }]}
                  >
                    <Radio.Group
                      options={(['yellow', 'red'] as const).map((c) => ({
                        value: c,
                        label: t(`passColours.${c}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'params']}
                    label={t('passes.rules.paramsJson')}
                    rules={[jsonRule]}
                  >
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'reason', 'zh']}
                    label={t('passes.rules.reasonZh')}
                    rules={[{ required: true, max: 200 }]}
                  >
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'reason', 'en']}
                    label={t('passes.rules.reasonEn')}
                    rules={[{ required: true, max: 200 }]}
                  >
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                onClick={() => add({ colour: 'yellow', params: '', reason: { zh: '', en: '' } })}
              >
                {t('passes.rules.addRule')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 16 }} wrap>
          <Form.Item
            name="greenZh"
            label={`${t('passes.rules.green')}（中文）`}
            rules={[{ required: true, max: 200 }]}
          >
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item
            name="greenEn"
            label={`${t('passes.rules.green')} (English)`}
            rules={[{ required: true, max: 200 }]}
          >
            <Input style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('passes.rules.note')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}
