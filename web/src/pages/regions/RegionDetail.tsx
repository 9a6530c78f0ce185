// The chosen region: where it sits (breadcrumb), its fields, and what may be done with it.
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Breadcrumb, Button, Descriptions, Popconfirm, Space, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { regionTypeOf, type RegionDetail as Detail } from '../../api/types'
import { useFormat } from '../../components/format'
import { childTypesOf } from '../../domain'
import { PosterButtons } from '../../components/PosterButtons'

export type RegionAction = 'add' | 'rename' | 'move' | 'delete'

// 场所码海报: a poster per compound or village; a whole area's posters in one PDF
const POSTER_PLACES = ['compound', 'natural_village', 'village']
const POSTER_AREAS = ['district', 'street', 'town', 'community', 'village']

interface Props {
  detail: Detail
  canWrite: boolean
  /** the user's own scope region: neither moved nor deleted by them */
  scopeRegionId: string
  onSelect: (id: string) => void
  onAction: (action: RegionAction) => void
}

export function RegionDetail({ detail, canWrite, scopeRegionId, onSelect, onAction }: Props) {
  const { t } = useTranslation()
  const { dateTime } = useFormat()
  const { region, ancestors } = detail
  const type = regionTypeOf(region)
  const isScope = region.id === scopeRegionId || !region.parent_id
  const hasChildren = (region.childCount ?? 0) > 0
  const trail = ancestors.filter((a) => a.id !== region.id)

  const crumbs = [
    ...trail.map((a) => ({ key: a.id, title: <a onClick={() => onSelect(a.id)}>{a.name}</a> })),
    { key: region.id, title: region.name },
  ]
  const items = [
    { key: 'name', label: t('regions.name'), children: region.name },
    { key: 'type', label: t('regions.type'), children: t(`regionTypes.${type}`) },
    { key: 'code', label: t('regions.code'), children: region.code || t('common.none') },
    { key: 'children', label: t('regions.childCount'), children: region.childCount ?? 0 },
    { key: 'created', label: t('regions.createdAt'), children: dateTime(region.created_at) },
    { key: 'updated', label: t('regions.updatedAt'), children: dateTime(region.updated_at) },
  ]
  const deleteBlocked = isScope
    ? t('regions.isScope')
    : hasChildren
      ? t('regions.deleteHasChildren')
      : undefined

  return (
    <>
      <Breadcrumb items={crumbs} className="lf-gap" />
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} items={items} className="lf-gap" />
      {(POSTER_PLACES.includes(type) || POSTER_AREAS.includes(type)) && (
        <div className="lf-gap">
          <PosterButtons
            kind="regions"
            id={region.id}
            single={POSTER_PLACES.includes(type)}
            all={POSTER_AREAS.includes(type)}
          />
        </div>
      )}
      {canWrite && (
        <Space wrap>
          <Tooltip title={childTypesOf(type).length ? undefined : t('regions.noDeeperType')}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!childTypesOf(type).length}
              onClick={() => onAction('add')}
            >
              {t('regions.addChild')}
            </Button>
          </Tooltip>
          <Button icon={<EditOutlined />} onClick={() => onAction('rename')}>
            {t('regions.rename')}
          </Button>
          <Tooltip title={isScope ? t('regions.isScope') : undefined}>
            <Button icon={<DragOutlined />} disabled={isScope} onClick={() => onAction('move')}>
              {t('regions.move')}
            </Button>
          </Tooltip>
          <Tooltip title={deleteBlocked}>
            <Popconfirm
              title={t('regions.deleteConfirm', { name: region.name })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onAction('delete')}
              disabled={!!deleteBlocked}
            >
              <Button danger icon={<DeleteOutlined />} disabled={!!deleteBlocked}>
                {t('regions.delete')}
              </Button>
            </Popconfirm>
          </Tooltip>
        </Space>
      )}
    </>
  )
}
