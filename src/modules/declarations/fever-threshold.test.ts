// LIANFANG_FEVER_THRESHOLD moves the fever line for the pass colour too, not only for gates
// and observation readings (the declarations' fact once hard-coded 37.3 °C).
import { describe, expect, it } from 'vitest'
import { createTestApp, makeTree } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makeResidentId } from '../people/people.fixtures.js'

async function colourAfterDeclaring(dialect: (typeof dialects)[number], temperature: number, env = {}) {
  const t = await createTestApp(dialect, env)
  try {
    const tree = await makeTree(t)
    const worker = await t.as('community_worker', tree.communityA)
    const placeCode = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json().code
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/r/declarations',
      payload: {
        placeCode,
        name: '林小梅',
        docType: 'id_card',
        docNumber: makeResidentId('19880412'),
        phone: makeMobile(),
        symptoms: [],
        temperature,
        contactWithCases: false,
      },
    })
    expect(res.statusCode).toBe(201)
    const rules = (await (await t.as('admin', t.top.id)).get('/api/v1/colour-rules')).json()
    const fever = rules.facts.find((f: { name: string }) => f.name === 'fever_within_hours')
    return { colour: res.json().pass.colour, factText: fever.zh as string }
  } finally {
    await t.close()
  }
}

describe.each(dialects)('the fever line on %s', (dialect) => {
  it('is 37.3 °C by default: a declared 37.6 °C turns the pass yellow', async () => {
    const { colour, factText } = await colourAfterDeclaring(dialect, 37.6)
    expect(colour).toBe('yellow')
    expect(factText).toContain('37.3')
  })

  it('follows LIANFANG_FEVER_THRESHOLD: at 38 °C a declared 37.6 °C stays green, 38.2 °C does not', async () => {
    const env = { LIANFANG_FEVER_THRESHOLD: '38' }
    expect((await colourAfterDeclaring(dialect, 37.6, env)).colour).toBe('green')
    const hot = await colourAfterDeclaring(dialect, 38.2, env)
    expect(hot.colour).toBe('yellow')
    expect(hot.factText).toContain('38')
  })
})
