// 账号管理: staff accounts in the user's scope, searched and paged on the server.
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Input, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import type { Role, User } from '../../api/types'
import { useMe, useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { OneTimePasswordModal, type OneTimePassword } from '../../components/OneTimePasswordModal'
import { useShowError } from '../../components/useShowError'
import { ROLES } from '../../domain'
import { userColumns, type UserAction } from './userColumns'
import { UserFormModal } from './UserFormModal'
import { useUserList } from './useUserList'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

export default function UsersPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const { can } = useSession()
  const me = useMe()
  const { dateTime } = useFormat()
  const list = useUserList()
  const [editing, setEditing] = useState<User | 'new'>()
  const [oneTime, setOneTime] = useState<OneTimePassword | null>(null)

  // an admin hands a printed one-time password over; anyone else's accounts are activated by SMS
  const handOver = (user: User, password?: string) => {
    if (password) setOneTime({ username: user.username, displayName: user.displayName, password })
    else void message.info(t('users.bySms', { name: user.displayName, phone: user.phone ?? '' }), 8)
  }
  const onAction = async (action: UserAction, user: User) => {
    try {
      if (action === 'edit') return setEditing(user)
      if (action === 'reset') {
        const { oneTimePassword } = await api.post('/api/v1/users/{id}/reset-password', {
          path: { id: user.id },
        })
        handOver(user, oneTimePassword)
      } else {
        await api.patch('/api/v1/users/{id}', { path: { id: user.id }, body: { disabled: !user.disabled } })
        const done = user.disabled ? 'users.enabledOk' : 'users.disabledOk'
        void message.success(t(done, { name: user.displayName }))
      }
      await list.reload()
    } catch (e) {
      showError(e)
    }
  }
  const columns = userColumns({
    t,
    dateTime,
    canWrite: can('user:write'),
    myId: me.user.id,
    onAction: (a, u) => void onAction(a, u),
  })

  return (
    <PageLayout title={t('users.title')} size="small">
      <Flex gap={8} wrap className="lf-gap">
        <Input.Search
          aria-label={t('common.search')}
          allowClear
          placeholder={t('users.searchPlaceholder')}
          onSearch={(q) => list.update({ q })}
          className="lf-search"
        />
        <Select<Role>
          aria-label={t('users.allRoles')}
          allowClear
          placeholder={t('users.allRoles')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={(role) => list.update({ role })}
          className="lf-filter"
        />
        {can('user:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        )}
      </Flex>
      <ListTable<User>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: list.filter.page,
          pageSize: list.filter.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => list.update({ page, pageSize }),
        }}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onCreated={(user, password) => {
            setEditing(undefined)
            void message.success(t('users.createdOk', { name: user.displayName }))
            handOver(user, password)
            void list.reload()
          }}
          onSaved={() => {
            setEditing(undefined)
            void message.success(t('common.saved'))
            void list.reload()
          }}
        />
      )}
      <OneTimePasswordModal value={oneTime} onClose={() => setOneTime(null)} />
    </PageLayout>
  )
}
