// One version of the colour rules, each rule explained: the condition in words (from the
// fact the rule names), its parameters, the colour it gives and the reason people are shown.
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ColourTag } from '../../components/ColourTag'
import type { PublicRules, Rule } from './types'
import { ListTable } from '../../components/ListTable'

type Fact = NonNullable<PublicRules['facts']>[number]
type ReasonText = { zh: string; en: string }

export const paramsText = (params: Rule['params']) =>
  Object.entries(params ?? {})
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join('、') : JSON.stringify(v)}`)
    .join('；')

export function RulesTable({ rules, green, facts }: { rules: Rule[]; green: ReasonText; facts: Fact[] }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const say = (r: ReasonText) => (en ? r.en : r.zh)
  const factText = (name: string) => {
    const f = facts.find((x) => x.name === name)
    return f ? (en ? f.en : f.zh) : name
  }
  return (
    <>
      <ListTable<Rule>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules}
        columns={[
          { title: t('passes.rules.rule'), dataIndex: 'id' },
          { title: t('passes.rules.colour'), render: (r: Rule) => <ColourTag colour={r.colour} /> },
          { title: t('passes.rules.when'), render: (r: Rule) => factText(r.fact) },
          { title: t('passes.rules.params'), render: (r: Rule) => paramsText(r.params) },
          { title: t('passes.rules.reasonShown'), render: (r: Rule) => say(r.reason) },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        <ColourTag colour="green" /> {t('passes.rules.green')}：{say(green)}
      </Typography.Paragraph>
    </>
  )
}
