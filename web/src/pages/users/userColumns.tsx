// Columns of the account table; the less needed ones hide on phones.
import { Button, Popconfirm, Space, Tag } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { roleOf, type User } from '../../api/types'

export type UserAction = 'edit' | 'toggle' | 'reset'

interface Options {
  t: TFunction
  dateTime: (iso: string) => string
  canWrite: boolean
  myId: string
  onAction: (action: UserAction, user: User) => void
}

export function userColumns({ t, dateTime, canWrite, myId, onAction }: Options): TableColumnsType<User> {
  const columns: TableColumnsType<User> = [
    {
      key: 'username',
      title: t('users.username'),
      dataIndex: 'username',
      // an identifier: not for translation (nor for the code-string check)
      render: (u: string) => <span translate="no">{u}</span>,
    },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    {
      key: 'role',
      title: t('users.role'),
      render: (_, u) => <Tag color="blue">{t(`roles.${roleOf(u)}`)}</Tag>,
    },
    { key: 'scope', title: t('users.scope'), dataIndex: 'scopeName', responsive: ['sm'] },
    { key: 'phone', title: t('users.phone'), dataIndex: 'phone', responsive: ['lg'] },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, u) => (
        <Space size={4} wrap>
          {u.disabled ? (
            <Tag color="red">{t('users.disabled')}</Tag>
          ) : (
            <Tag color="green">{t('users.enabled')}</Tag>
          )}
          {u.mustChangePassword && !u.disabled && <Tag color="orange">{t('users.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'createdAt',
      title: t('users.createdAt'),
      render: (_, u) => dateTime(u.createdAt),
      responsive: ['xl'],
    },
  ]
  if (!canWrite) return columns
  const confirm = (u: User, title: string, action: UserAction, label: string, danger = false) => (
    <Popconfirm title={title} onConfirm={() => onAction(action, u)} okButtonProps={{ danger }}>
      <Button type="link" size="small" danger={danger}>
        {label}
      </Button>
    </Popconfirm>
  )
  columns.push({
    key: 'actions',
    title: t('common.actions'),
    render: (_, u) => (
      <Space size={0} wrap>
        <Button type="link" size="small" onClick={() => onAction('edit', u)}>
          {t('common.edit')}
        </Button>
        {u.id !== myId &&
          (u.disabled
            ? confirm(u, t('users.enableConfirm', { name: u.displayName }), 'toggle', t('users.enable'))
            : confirm(
                u,
                t('users.disableConfirm', { name: u.displayName }),
                'toggle',
                t('users.disable'),
                true,
              ))}
        {u.id !== myId &&
          confirm(u, t('users.resetConfirm', { name: u.displayName }), 'reset', t('users.resetPassword'))}
      </Space>
    ),
  })
  return columns
}
