import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { advanceClock, setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'

type Item = { personName: string; personDocument: string; symptoms: string[]; superseded: boolean }

describe.each(dialects)('the staff declarations list on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  it('filters by symptom, masks the document, and marks superseded declarations', async () => {
    setClock(Date.parse('2020-02-05T01:00:00Z'))
    const worker = await t.as('community_worker', tree.communityA)
    const coughing = await makePerson(t.db, tree.compoundA.id, { name: '周咳嗽' })
    const well = await makePerson(t.db, tree.compoundA.id, { name: '吴健康' })
    const declare = (personId: string, symptoms: string[]) =>
      worker.post('/api/v1/declarations', { personId, symptoms, contactWithCases: false })
    await declare(coughing.id, ['cough', 'fever'])
    await declare(well.id, [])
    advanceClock(3600_000)
    // a newer declaration supersedes the first, which is kept
    await declare(coughing.id, ['cough'])

    const list = async (q: string) =>
      ((await worker.get(`/api/v1/declarations?${q}`)).json().items as Item[]).map(
        (d) => `${d.personName}:${d.symptoms.join('+')}:${d.superseded ? 'old' : 'current'}`,
      )
    expect(await list('symptom=fever')).toEqual(['周咳嗽:cough+fever:old'])
    expect(await list('symptom=any')).toEqual(['周咳嗽:cough:current', '周咳嗽:cough+fever:old'])
    expect(await list('latestOnly=true')).toEqual(['周咳嗽:cough:current', '吴健康::current'])
    expect(await list(`personId=${coughing.id}`)).toEqual(['周咳嗽:cough:current', '周咳嗽:cough+fever:old'])

    const item = (await worker.get('/api/v1/declarations?latestOnly=true')).json().items[0] as Item
    expect(item.personDocument).toBe(coughing.document)
    expect(item.personDocument).toMatch(/^\d{4}\*+\d{3}[\dX]$/)
    const theirs = await t.as('community_worker', tree.communityB)
    expect((await theirs.get('/api/v1/declarations')).json().total).toBe(0)
  })
})
