// 区划树: children load when a node opens.
import { Spin, Tree, Typography } from 'antd'
import type { TreeDataNode } from 'antd'
import { useTranslation } from 'react-i18next'
import { regionTypeOf } from '../../api/types'
import { useShowError } from '../../components/useShowError'
import type { RegionTreeState } from './useRegionTree'

interface Props {
  tree: RegionTreeState
  selected: string | undefined
  onSelect: (id: string) => void
}

export function RegionTree({ tree, selected, onSelect }: Props) {
  const { t } = useTranslation()
  const showError = useShowError()
  const { rootId, nodes, kids } = tree
  if (!rootId || !nodes[rootId]) return <Spin />

  const toNode = (id: string): TreeDataNode => {
    const region = nodes[id]
    const children = kids[id]
    return {
      key: id,
      title: (
        <span>
          {region.name}{' '}
          <Typography.Text type="secondary">· {t(`regionTypes.${regionTypeOf(region)}`)}</Typography.Text>
        </span>
      ),
      isLeaf: (region.childCount ?? 0) === 0 && !children?.length,
      children: children?.filter((c) => nodes[c]).map(toNode),
    }
  }

  return (
    <Tree
      showLine
      blockNode
      treeData={[toNode(rootId)]}
      expandedKeys={tree.expanded}
      onExpand={(keys) => tree.setExpanded(keys.map(String))}
      loadedKeys={Object.keys(kids)}
      loadData={(node) => tree.loadChildren(String(node.key)).catch(showError)}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => keys.length && onSelect(String(keys[0]))}
    />
  )
}
