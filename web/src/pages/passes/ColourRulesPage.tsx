// 赋码规则: the rules in force, readable by anyone who may read colours, each explained; every
// published version with who published it and why; the command centre edits and publishes.
import { Button, Card, Space, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useSession } from '../../admin/session'
import { useFormat } from '../../components/format'
import { useShowError } from '../../components/useShowError'
import { RulesEditor } from './RulesEditor'
import { RulesTable } from './RulesTable'
import type { PublicRules, Rule, RuleVersion } from './types'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type ReasonText = { zh: string; en: string }

export default function ColourRulesPage() {
  const { t } = useTranslation()
  const showError = useShowError()
  const { can } = useSession()
  const { dateTime } = useFormat()
  const [current, setCurrent] = useState<PublicRules | null>(null)
  const [versions, setVersions] = useState<RuleVersion[]>([])
  const [editing, setEditing] = useState(false)

  const load = useCallback(async () => {
    try {
      const [rules, history] = await Promise.all([
        api.get('/api/v1/colour-rules'),
        api.get('/api/v1/colour-rules/versions'),
      ])
      setCurrent(rules)
      setVersions(history)
    } catch (e) {
      showError(e)
    }
  }, [showError])
  useEffect(() => void load(), [load])

  const facts = current?.facts ?? []
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PageLayout
        title={
          current?.version
            ? t('passes.rules.current', { version: current.version })
            : t('passes.rules.builtIn')
        }
        extra={
          can('colour:rules') &&
          current && (
            <Button type="primary" onClick={() => setEditing(true)}>
              {t('passes.rules.edit')}
            </Button>
          )
        }
      >
        <Typography.Paragraph>{t('passes.rules.intro')}</Typography.Paragraph>
        {current && (
          <RulesTable rules={current.rules as Rule[]} green={current.green as ReasonText} facts={facts} />
        )}
      </PageLayout>
      <Card title={t('passes.rules.versions')}>
        <ListTable<RuleVersion>
          rowKey="version"
          size="small"
          dataSource={versions}
          locale={{ emptyText: t('passes.rules.noRules') }}
          expandable={{
            expandedRowRender: (v) => (
              <RulesTable rules={v.rules as Rule[]} green={v.green as ReasonText} facts={facts} />
            ),
          }}
          columns={[
            { title: t('passes.rules.version'), dataIndex: 'version' },
            { title: t('passes.rules.publishedAt'), render: (v: RuleVersion) => dateTime(v.createdAt) },
            { title: t('passes.rules.publishedBy'), dataIndex: 'createdBy' },
            { title: t('passes.rules.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      {current && (
        <RulesEditor
          current={current}
          open={editing}
          onClose={() => setEditing(false)}
          onPublished={() => {
            setEditing(false)
            void load()
          }}
        />
      )}
    </Space>
  )
}
