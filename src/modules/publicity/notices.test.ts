import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'

describe.each(dialects)('notices on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  const draft = {
    kind: 'rumour',
    title: '关于“喝白酒能防病毒”的辟谣',
    body: '饮酒不能预防新型冠状病毒感染。\n\n请勿轻信、转发未经证实的消息。',
  }

  it('publishes only after a second account approves, and shows it on the public page', async () => {
    const author = await t.as('community_worker', tree.communityA)
    const colleague = await t.as('community_worker', tree.communityA)
    const created = await author.post('/api/v1/notices', { ...draft, regionId: tree.communityA.id })
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    expect(created.json()).toMatchObject({ status: 'draft', authorId: author.userId })

    const self = await author.post(`/api/v1/notices/${id}/approve`)
    expect(self.statusCode).toBe(403)
    expect(self.json().error.code).toBe('NOTICE_SELF_APPROVAL')
    const early = await author.post(`/api/v1/notices/${id}/publish`)
    expect(early.json().error.code).toBe('NOTICE_NOT_APPROVED')
    expect((await t.app.inject({ url: `/p/${tree.communityA.id}` })).body).not.toContain(draft.title)

    const approved = await colleague.post(`/api/v1/notices/${id}/approve`)
    expect(approved.statusCode).toBe(200)
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: colleague.userId })
    const edit = await author.patch(`/api/v1/notices/${id}`, { title: '改过的标题' })
    expect(edit.json().error.code).toBe('NOTICE_NOT_DRAFT')

    const published = await author.post(`/api/v1/notices/${id}/publish`)
    expect(published.json()).toMatchObject({ status: 'published', title: draft.title })
    expect(published.json().publishedAt).toBeTruthy()
    const page = await t.app.inject({ url: `/p/${tree.communityA.id}` })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(draft.title)
    // the other community's page does not carry a notice published for this one
    expect((await t.app.inject({ url: `/p/${tree.communityB.id}` })).body).not.toContain(draft.title)

    const actions = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_name'])
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute()
    expect(actions.map((a) => a.action)).toEqual(['notice.draft', 'notice.approve', 'notice.publish'])
    expect(actions[1].actor_name).toBe(colleague.username)
  })

  it('reaches every community below the region it is published for, until withdrawn', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const approver = await t.as('street_officer', tree.streetA)
    const id = (
      await officer.post('/api/v1/notices', {
        regionId: tree.streetA.id,
        kind: 'letter',
        title: '致全体居民的一封信',
        body: '非必要不外出。',
      })
    ).json().id
    await approver.post(`/api/v1/notices/${id}/approve`)
    await officer.post(`/api/v1/notices/${id}/publish`)
    expect((await t.app.inject({ url: `/p/${tree.communityA.id}` })).body).toContain('致全体居民的一封信')
    expect((await t.app.inject({ url: `/p/${tree.communityB.id}` })).body).not.toContain('致全体居民的一封信')
    const withdrawn = await approver.post(`/api/v1/notices/${id}/withdraw`)
    expect(withdrawn.json().status).toBe('withdrawn')
    expect((await t.app.inject({ url: `/p/${tree.communityA.id}` })).body).not.toContain('致全体居民的一封信')
  })

  it('keeps notices inside the scope and lists them by status', async () => {
    const workerB = await t.as('community_worker', tree.communityB)
    const workerA = await t.as('community_worker', tree.communityA)
    const id = (await workerA.post('/api/v1/notices', { ...draft, regionId: tree.communityA.id })).json().id
    expect((await workerB.get(`/api/v1/notices/${id}`)).statusCode).toBe(404)
    expect((await workerB.post(`/api/v1/notices/${id}/approve`)).statusCode).toBe(404)
    expect(
      (await workerB.post('/api/v1/notices', { ...draft, regionId: tree.communityA.id })).json().error.code,
    ).toBe('NOT_FOUND')
    const drafts = (await workerA.get('/api/v1/notices?status=draft')).json()
    expect(drafts.items.map((n: { id: string }) => n.id)).toContain(id)
    expect(drafts.items.every((n: { status: string }) => n.status === 'draft')).toBe(true)
    expect((await workerB.get('/api/v1/notices')).json().total).toBe(0)
    const bad = await workerA.post('/api/v1/notices', {
      ...draft,
      kind: 'gossip',
      regionId: tree.communityA.id,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('VALIDATION_FAILED')
  })
})
