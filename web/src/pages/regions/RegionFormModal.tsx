// Add a child region, or rename one (name and division code).
import { Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { regionTypeOf, type Region, type RegionType } from '../../api/types'
import { useShowError } from '../../components/useShowError'
import { childTypesOf } from '../../domain'

interface Fields {
  name: string
  type?: RegionType
  code?: string
}

export type RegionFormMode = { kind: 'add'; parent: Region } | { kind: 'edit'; region: Region }

export function RegionFormModal({
  mode,
  onClose,
  onDone,
}: {
  mode: RegionFormMode
  onClose: () => void
  onDone: (r: Region) => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [form] = Form.useForm<Fields>()
  const [busy, setBusy] = useState(false)
  const types = mode.kind === 'add' ? childTypesOf(regionTypeOf(mode.parent)) : []
  const initial: Partial<Fields> =
    mode.kind === 'edit' ? { name: mode.region.name, code: mode.region.code ?? '' } : { type: types[0] }

  const submit = async ({ name, type, code }: Fields) => {
    setBusy(true)
    try {
      const codeValue = code?.trim() ? code.trim() : null
      const region =
        mode.kind === 'add'
          ? await api.post('/api/v1/regions', {
              body: { parentId: mode.parent.id, name: name.trim(), type: type!, code: codeValue },
            })
          : await api.patch('/api/v1/regions/{id}', {
              path: { id: mode.region.id },
              body: { name: name.trim(), code: codeValue },
            })
      onDone(region)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  const title =
    mode.kind === 'add'
      ? t('regions.addChildTitle', { parent: mode.parent.name })
      : t('regions.renameTitle', { name: mode.region.name })
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="name"
          label={t('regions.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('regions.name') }) },
            { max: 100, message: t('common.tooLong', { field: t('regions.name'), max: 100 }) },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
        {mode.kind === 'add' && (
          <Form.Item
            name="type"
            label={t('regions.type')}
            rules={[{ required: true, message: t('common.selectRequired', { field: t('regions.type') }) }]}
          >
            <Select options={types.map((type) => ({ value: type, label: t(`regionTypes.${type}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('regions.code')}
          rules={[{ pattern: /^[0-9A-Za-z]{0,32}$/, message: t('regions.codeRule') }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}
