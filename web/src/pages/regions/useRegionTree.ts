// The region tree as loaded so far: the user's scope at the root, children fetched when a
// node is expanded and fetched again after a change under it.
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { Region } from '../../api/types'
import { useShowError } from '../../components/useShowError'

export interface RegionTreeState {
  rootId: string | undefined
  nodes: Record<string, Region>
  /** ids of the children of each node loaded so far */
  kids: Record<string, string[]>
  expanded: string[]
  setExpanded: (keys: string[]) => void
  loadChildren: (id: string) => Promise<void>
  /** fetch a node again, and its children when they were loaded or it should open */
  refresh: (id: string, open?: boolean) => Promise<void>
}

const byId = (list: Region[]) => Object.fromEntries(list.map((r) => [r.id, r]))

export function useRegionTree(): RegionTreeState {
  const showError = useShowError()
  const [rootId, setRootId] = useState<string>()
  const [nodes, setNodes] = useState<Record<string, Region>>({})
  const [kids, setKids] = useState<Record<string, string[]>>({})
  const [expanded, setExpanded] = useState<string[]>([])

  const loadChildren = useCallback(async (id: string) => {
    const children = await api.get('/api/v1/regions/{id}/children', { path: { id } })
    setNodes((all) => ({ ...all, ...byId(children) }))
    setKids((all) => ({ ...all, [id]: children.map((c) => c.id) }))
  }, [])

  const refresh = useCallback(
    async (id: string, open = false) => {
      const { region } = await api.get('/api/v1/regions/{id}', { path: { id } })
      setNodes((all) => ({ ...all, [id]: region }))
      if (open || kids[id]) await loadChildren(id)
      if (open) setExpanded((keys) => (keys.includes(id) ? keys : [...keys, id]))
    },
    [kids, loadChildren],
  )

  useEffect(() => {
    api
      .get('/api/v1/regions/scope')
      .then(async (scope) => {
        setNodes((all) => ({ ...all, [scope.id]: scope }))
        setRootId(scope.id)
        await loadChildren(scope.id)
        setExpanded([scope.id])
      })
      .catch(showError)
  }, [loadChildren, showError])

  return { rootId, nodes, kids, expanded, setExpanded, loadChildren, refresh }
}
