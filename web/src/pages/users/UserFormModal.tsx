// New account (username, name, role, scope, phone) or changes to one.
import { Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeMobile } from '@shared/identity'
import { api } from '../../api/client'
import { roleOf, type Role, type User } from '../../api/types'
import { useMe } from '../../admin/session'
import { RegionSelect } from '../../components/RegionSelect'
import { useShowError } from '../../components/useShowError'
import { grantableRoles } from '../../domain'

interface Fields {
  username: string
  displayName: string
  role: Role
  scopeRegionId: string
  phone?: string
}

interface Props {
  /** the account to change; none to create one */
  user?: User
  onClose: () => void
  /** the one-time password to hand over, or none: the holder activates the account by SMS */
  onCreated: (user: User, oneTimePassword?: string) => void
  onSaved: (user: User) => void
}

export function UserFormModal({ user, onClose, onCreated, onSaved }: Props) {
  const { t } = useTranslation()
  const showError = useShowError()
  const me = useMe()
  const [form] = Form.useForm<Fields>()
  const [busy, setBusy] = useState(false)
  const roles = grantableRoles(roleOf(me.user))
  const initial = user
    ? { displayName: user.displayName, role: roleOf(user), scopeRegionId: user.scopeRegionId }
    : { role: 'community_worker' as Role }

  const submit = async ({ username, displayName, role, scopeRegionId, phone }: Fields) => {
    setBusy(true)
    const mobile = phone?.trim() ? normalizeMobile(phone) : null
    try {
      if (user) {
        const changes = {
          displayName: displayName.trim(),
          role,
          scopeRegionId,
          ...(phone?.trim() && { phone: mobile }),
        }
        onSaved(await api.patch('/api/v1/users/{id}', { path: { id: user.id }, body: changes }))
      } else {
        const body = {
          username: username.trim(),
          displayName: displayName.trim(),
          role,
          scopeRegionId,
          phone: mobile,
        }
        const created = await api.post('/api/v1/users', { body })
        onCreated(created.user!, created.oneTimePassword)
      }
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  })
  return (
    <Modal
      open
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        {!user && (
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={t('users.usernameRule')}
            rules={[
              required(t('users.username')),
              { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('users.usernameRule') },
            ]}
          >
            <Input autoComplete="off" autoFocus />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[
            required(t('users.displayName')),
            { max: 50, message: t('common.tooLong', { field: t('users.displayName'), max: 50 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.role')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('users.role') }) }]}
        >
          <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="scopeRegionId"
          label={t('users.scope')}
          extra={t('users.scopeHint')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('users.scope') }) }]}
        >
          <RegionSelect initialLabel={user?.scopeName} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          extra={user?.phone ?? undefined}
          rules={[
            {
              validator: async (_, v?: string) =>
                v?.trim() && !normalizeMobile(v)
                  ? Promise.reject(new Error(t('users.phoneInvalid')))
                  : undefined,
            },
          ]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
