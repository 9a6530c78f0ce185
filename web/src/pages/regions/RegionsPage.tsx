// 区划管理: the tree on one side, the chosen region on the other (stacked on phones).
import { App, Card, Col, Empty, Row, Spin } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import type { Region, RegionDetail as Detail } from '../../api/types'
import { useMe, useSession } from '../../admin/session'
import { useShowError } from '../../components/useShowError'
import { MoveRegionModal } from './MoveRegionModal'
import { RegionDetail, type RegionAction } from './RegionDetail'
import { RegionFormModal } from './RegionFormModal'
import { RegionTree } from './RegionTree'
import { useRegionTree } from './useRegionTree'
import { PageLayout } from '../../components/PageLayout'

export default function RegionsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const me = useMe()
  const tree = useRegionTree()
  const [selected, setSelected] = useState<string>()
  const [detail, setDetail] = useState<Detail>()
  const [dialog, setDialog] = useState<'add' | 'rename' | 'move'>()

  const loadDetail = useCallback(
    (id: string) => api.get('/api/v1/regions/{id}', { path: { id } }).then(setDetail, showError),
    [showError],
  )
  useEffect(() => setSelected((s) => s ?? tree.rootId), [tree.rootId])
  useEffect(() => void (selected && loadDetail(selected)), [selected, loadDetail])

  const region = detail?.region
  /** Fetch these tree nodes again; open the one named by `open`. */
  const afterChange = async (ids: (string | null)[], open?: string | null) => {
    for (const id of ids) if (id) await tree.refresh(id, id === open)
  }

  const onAction = async (action: RegionAction) => {
    if (!region) return
    if (action !== 'delete') return setDialog(action)
    try {
      await api.delete('/api/v1/regions/{id}', { path: { id: region.id } })
      void message.success(t('regions.deleted', { name: region.name }))
      await afterChange([region.parent_id])
      setSelected(region.parent_id ?? undefined)
    } catch (e) {
      showError(e)
    }
  }
  const close = () => setDialog(undefined)
  const onSaved = async (saved: Region) => {
    close()
    if (dialog === 'add') {
      void message.success(t('regions.created', { name: saved.name }))
      await afterChange([saved.parent_id], saved.parent_id)
    } else {
      void message.success(t('regions.renamed'))
      await afterChange([saved.id])
    }
    if (region) await loadDetail(region.id)
  }
  const onMoved = async (parent: Region) => {
    close()
    void message.success(t('regions.moved', { parent: parent.name }))
    await afterChange([region?.parent_id ?? null, parent.id], parent.id)
    if (region) await loadDetail(region.id)
  }

  return (
    <PageLayout title={t('nav.regions')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('regions.tree')} size="small">
            <RegionTree tree={tree} selected={selected} onSelect={setSelected} />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={t('regions.detail')} size="small">
            {!selected ? (
              <Empty description={t('regions.select')} />
            ) : !detail ? (
              <Spin />
            ) : (
              <RegionDetail
                detail={detail}
                canWrite={can('region:write')}
                scopeRegionId={me.user.scopeRegionId}
                onSelect={setSelected}
                onAction={(a) => void onAction(a)}
              />
            )}
          </Card>
        </Col>
        {region && (dialog === 'add' || dialog === 'rename') && (
          <RegionFormModal
            mode={dialog === 'add' ? { kind: 'add', parent: region } : { kind: 'edit', region }}
            onClose={close}
            onDone={(r) => void onSaved(r).catch(showError)}
          />
        )}
        {region && dialog === 'move' && (
          <MoveRegionModal region={region} onClose={close} onDone={(p) => void onMoved(p).catch(showError)} />
        )}
      </Row>
    </PageLayout>
  )
}
