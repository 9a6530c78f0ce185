// 移动: choose a new parent by searching; only regions of a higher level outside the moved
// subtree are offered.
import { Form, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { regionTypeOf, type Region } from '../../api/types'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { REGION_LEVEL } from '../../domain'

export function MoveRegionModal({
  region,
  onClose,
  onDone,
}: {
  region: Region
  onClose: () => void
  onDone: (parent: Region) => void
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [form] = Form.useForm<{ parentId: string }>()
  const [busy, setBusy] = useState(false)
  const accept = (r: Region) =>
    REGION_LEVEL[regionTypeOf(r)] < REGION_LEVEL[regionTypeOf(region)] &&
    !r.path.startsWith(region.path) &&
    r.id !== region.parent_id

  const submit = async ({ parentId }: { parentId: string }) => {
    setBusy(true)
    try {
      await api.patch('/api/v1/regions/{id}', { path: { id: region.id }, body: { parentId } })
      onDone((await api.get('/api/v1/regions/{id}', { path: { id: parentId } })).region)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={t('regions.moveTitle', { name: region.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="parentId"
          label={t('regions.moveTo')}
          extra={t('regions.moveHint')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('regions.moveTo') }) }]}
        >
          <RegionSelect accept={accept} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
