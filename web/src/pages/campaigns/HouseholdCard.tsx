// One household of the sweep checklist on the phone: who was seen (registered residents, and
// people met who join the registry), what was learnt, and the outcome of the visit.
import { App, Button, Card, Checkbox, Flex, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { FindingFields, findingBody, type Finding } from '../../components/FindingFields'
import { emptyPerson, NewPersonFields, type NewPerson } from './NewPersonFields'

export type Item = Result<'get', '/api/v1/campaigns/{id}/households'>['items'][number]
type Person = Result<'get', '/api/v1/people'>['items'][number]
export type State = 'pending' | 'nobody_home' | 'visited' | 'refused'
type Outcome = Exclude<State, 'pending'>

const STATE_COLOUR: Record<string, string> = {
  visited: 'green',
  nobody_home: 'orange',
  refused: 'red',
  pending: 'default',
}

function Resident(props: {
  person: Person
  seen: boolean
  onSeen: (seen: boolean) => void
  finding?: Finding
  onFinding: (f?: Finding) => void
}) {
  const { t } = useTranslation()
  const { person, finding } = props
  return (
    <Flex vertical gap={4} data-testid="resident">
      <Flex justify="space-between" align="center">
        <Checkbox checked={props.seen} onChange={(e) => props.onSeen(e.target.checked)}>
          {person.name}
        </Checkbox>
        <Button size="small" type="link" onClick={() => props.onFinding(finding ? undefined : {})}>
          {finding ? t('sweep.noFinding') : t('sweep.addFinding')}
        </Button>
      </Flex>
      {finding && <FindingFields value={finding} onChange={props.onFinding} label={person.name} />}
    </Flex>
  )
}

const newPersonBody = (p: NewPerson) => ({
  name: p.name.trim(),
  docType: 'id_card' as const,
  docNumber: p.docNumber.trim(),
  phone: p.phone.trim() || null,
  residenceType: p.residenceType,
  finding: findingBody(p.finding),
})

export function HouseholdCard({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [people, setPeople] = useState<Person[]>([])
  const [seen, setSeen] = useState<string[]>([])
  const [findings, setFindings] = useState<Record<string, Finding | undefined>>({})
  const [newPeople, setNewPeople] = useState<NewPerson[]>([])
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    api
      .get('/api/v1/people', { query: { householdId: item.householdId, page: 1, pageSize: 50 } })
      .then((res) => {
        setPeople(res.items)
        setSeen(res.items.map((p) => p.id))
      })
      .catch(showError)
  }, [item.householdId, showError])
  const record = async (outcome: Outcome) => {
    setSaving(true)
    try {
      const visited = outcome === 'visited' && {
        seen: seen.map((personId) => ({ personId, finding: findingBody(findings[personId]) })),
        newPeople: newPeople.map(newPersonBody),
      }
      await api.post('/api/v1/sweep-items/{id}/visits', {
        path: { id: item.id },
        body: { outcome, ...visited },
      })
      void message.success(t('sweep.recorded', { address: item.address }))
      onDone()
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }
  const toggleSeen = (id: string, on: boolean) =>
    setSeen((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)))
  return (
    <Card
      size="small"
      data-testid="household-card"
      title={item.address}
      extra={<Tag color={STATE_COLOUR[item.state]}>{t(`sweep.${item.state as State}`)}</Tag>}
      style={{ marginBottom: 12 }}
    >
      <Typography.Text type="secondary">{item.regionName}</Typography.Text>
      <Flex vertical gap={6} style={{ margin: '8px 0' }} aria-label={t('sweep.seen')}>
        {people.map((p) => (
          <Resident
            key={p.id}
            person={p}
            seen={seen.includes(p.id)}
            onSeen={(on) => toggleSeen(p.id, on)}
            finding={findings[p.id]}
            onFinding={(f) => setFindings((all) => ({ ...all, [p.id]: f }))}
          />
        ))}
        {!people.length && <Typography.Text type="secondary">{t('sweep.noResidents')}</Typography.Text>}
        {newPeople.map((p, i) => (
          <NewPersonFields
            key={i}
            value={p}
            onChange={(next) => setNewPeople((all) => all.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setNewPeople((all) => all.filter((_, j) => j !== i))}
          />
        ))}
        <Button size="small" type="dashed" onClick={() => setNewPeople((all) => [...all, emptyPerson()])}>
          {t('sweep.addPerson')}
        </Button>
      </Flex>
      <Flex gap={8} wrap>
        <Button type="primary" loading={saving} onClick={() => void record('visited')}>
          {t('sweep.visited')}
        </Button>
        <Button loading={saving} onClick={() => void record('nobody_home')}>
          {t('sweep.nobody_home')}
        </Button>
        <Button danger loading={saving} onClick={() => void record('refused')}>
          {t('sweep.refused')}
        </Button>
      </Flex>
    </Card>
  )
}
