// Every list of the admin app: an antd Table on wide screens, a list of cards below 576 px
// (phones), both from the same column definitions. On a card the `primary` columns (by
// default the first) make its title, the actions column (key 'actions') sits at its foot
// within reach of a thumb, `hideOnPhone` columns are left out and the others are label:
// value lines. A wide table scrolls inside a box the keyboard can reach, never the page.
import { Button, Card, Checkbox, Empty, Flex, Grid, Pagination, Spin, Table, Typography } from 'antd'
import type { TableColumnType, TableProps } from 'antd'
import { useLayoutEffect, useRef, useState, type Key, type MouseEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type ListColumn<T> = TableColumnType<T> & {
  /** shown as the card's title on phones (several are joined); default: the first column */
  primary?: boolean
  /** left out of the card on phones */
  hideOnPhone?: boolean
}

export type ListTableProps<T> = Omit<TableProps<T>, 'columns'> & {
  columns: ListColumn<T>[]
  /** names the table's scroll box for screen readers (default: 表格（可左右滚动）) */
  label?: string
}

type DataIndex = string | number | readonly (string | number)[]

/** The cell's value as antd gives it to `render`: the whole record when there is no dataIndex. */
function valueAt(record: unknown, dataIndex: DataIndex | undefined): unknown {
  if (dataIndex === undefined || dataIndex === null || dataIndex === '') return record
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex as string | number]
  let v: unknown = record
  for (const k of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[k]
  return v
}

function cell<T>(column: ListColumn<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as DataIndex | undefined)
  if (column.render) {
    const out = column.render(value, record, index)
    // a render may return cell props ({ children, props }) as antd allows
    if (out && typeof out === 'object' && 'children' in (out as object) && 'props' in (out as object))
      return (out as { children: ReactNode }).children
    return out as ReactNode
  }
  return value == null ? '' : (value as ReactNode)
}

function titleText<T>(c: ListColumn<T>): ReactNode {
  return typeof c.title === 'function' ? null : (c.title as ReactNode)
}

/** A page's data-testid for the list, kept on the cards as on the table. */
const testId = (props: object) => (props as { 'data-testid'?: string })['data-testid']

/** The table's own scroll boxes become keyboard-reachable named regions (WCAG 2.1.1). */
function useFocusableScroll(label: string | undefined) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const boxes = ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')
    boxes?.forEach((box) => {
      box.tabIndex = 0
      box.setAttribute('role', 'region')
      if (label) box.setAttribute('aria-label', label)
    })
  })
  return ref
}

export function ListTable<T extends object>(props: ListTableProps<T>) {
  const screens = Grid.useBreakpoint()
  const phone = screens.sm === false
  const { columns, label, ...rest } = props
  const { t } = useTranslation()
  const ref = useFocusableScroll(label ?? t('common.scrollTable'))
  if (!phone) {
    const tableColumns = columns.map((c) => {
      const { primary, hideOnPhone, ...column } = c
      void primary
      void hideOnPhone
      return column
    })
    return (
      <div ref={ref} className="lf-list-table">
        <Table<T> scroll={{ x: 'max-content' }} {...rest} columns={tableColumns} />
      </div>
    )
  }
  return <CardList {...props} />
}

function CardList<T extends object>({
  columns,
  dataSource,
  rowKey,
  loading,
  pagination,
  locale,
  onRow,
  rowSelection,
  expandable,
  ...rest
}: ListTableProps<T>) {
  const { t } = useTranslation()
  const [page, setPage] = useState({ current: 1, pageSize: 10 })
  const rows = [...(dataSource ?? [])]
  const keyOf = (r: T, i: number): Key =>
    typeof rowKey === 'function'
      ? rowKey(r, i)
      : ((r as Record<string, Key>)[(rowKey as string | undefined) ?? 'key'] ?? i)
  const isActions = (c: ListColumn<T>) =>
    c.key === 'actions' || c.fixed === 'right' || c.title === t('common.actions')
  const visible = columns.filter((c) => !c.hideOnPhone && !(c.responsive && c.responsive.length === 0))
  const primaries = visible.filter((c) => c.primary)
  const heads = primaries.length > 0 ? primaries : visible.filter((c) => !isActions(c)).slice(0, 1)
  const actions = visible.filter(isActions)
  const lines = visible.filter((c) => !heads.includes(c) && !actions.includes(c))

  // pagination: controlled when the page gives a total and onChange, else in the browser
  const paged = pagination !== false && pagination !== undefined && pagination !== null
  const controlled = paged && pagination.total !== undefined && !!pagination.onChange
  const current = controlled ? (pagination.current ?? 1) : page.current
  const pageSize = (paged && pagination.pageSize) || (controlled ? 10 : page.pageSize)
  const shown =
    pagination === false || controlled ? rows : rows.slice((current - 1) * pageSize, current * pageSize)
  const total = controlled ? pagination.total! : rows.length

  const selected = new Set(rowSelection?.selectedRowKeys ?? [])
  const toggle = (key: Key, on: boolean) => {
    const keys = on ? [...selected, key] : [...selected].filter((k) => k !== key)
    const chosen = rows.filter((r, i) => keys.includes(keyOf(r, i)))
    rowSelection?.onChange?.(keys, chosen, { type: 'multiple' })
  }

  const empty = locale?.emptyText
  return (
    <Spin spinning={!!(loading && (typeof loading === 'boolean' || loading.spinning))}>
      <Flex vertical gap={8} className="lf-card-list" data-testid={testId(rest)}>
        {shown.length === 0 &&
          (empty !== undefined && typeof empty !== 'function' ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ))}
        {shown.map((r, i) => {
          const key = keyOf(r, i)
          const row = onRow?.(r, i)
          const checkbox = rowSelection?.getCheckboxProps?.(r)
          const open = row?.onClick as ((e: MouseEvent<HTMLElement>) => void) | undefined
          const title = (
            <Flex gap={8} align="center" wrap>
              {rowSelection && (
                <Checkbox
                  checked={selected.has(key)}
                  disabled={checkbox?.disabled}
                  onClick={(e) => e.stopPropagation()}
                  onChange={(e) => toggle(key, e.target.checked)}
                  aria-label={t('common.select')}
                />
              )}
              {open ? (
                // the card opens by its title too, so a keyboard reaches what a tap does
                <Button type="link" className="lf-card-open" onClick={(e) => (e.stopPropagation(), open(e))}>
                  {heads.map((c, j) => (
                    <span key={String(c.key ?? j)} className="lf-card-head">
                      {cell(c, r, i)}
                    </span>
                  ))}
                </Button>
              ) : (
                heads.map((c, j) => (
                  <span key={String(c.key ?? j)} className="lf-card-head">
                    {cell(c, r, i)}
                  </span>
                ))
              )}
            </Flex>
          )
          return (
            <Card key={key} size="small" className="lf-card-row" onClick={open} hoverable={!!open}>
              <div className="lf-card-title">{title}</div>
              {lines.map((c, j) => {
                const v = cell(c, r, i)
                if (v === '' || v === null || v === undefined || v === false) return null
                return (
                  <div key={String(c.key ?? j)} className="lf-card-line">
                    <Typography.Text type="secondary" className="lf-card-label">
                      {titleText(c)}
                    </Typography.Text>
                    <span className="lf-card-value">{v}</span>
                  </div>
                )
              })}
              {expandable?.expandedRowRender && (
                <div className="lf-card-expanded">{expandable.expandedRowRender(r, i, 0, true)}</div>
              )}
              {actions.map((c, j) => (
                <div
                  key={String(c.key ?? j)}
                  className="lf-card-actions"
                  onClick={(e) => e.stopPropagation()}
                >
                  {cell(c, r, i)}
                </div>
              ))}
            </Card>
          )
        })}
        {paged && total > pageSize && (
          <Pagination
            simple
            size="small"
            current={current}
            pageSize={pageSize}
            total={total}
            onChange={(p, s) =>
              controlled ? pagination.onChange!(p, s) : setPage({ current: p, pageSize: s })
            }
          />
        )}
      </Flex>
    </Spin>
  )
}
