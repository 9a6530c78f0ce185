// 居家医学观察 in a real browser on a phone-sized screen: a medic walks the round of three
// observed people, one of them with a fever, and the community's supervisor sees the fever
// alert on their alerts page. The records around it are made through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { makeResidentId } from '../../src/modules/people/people.fixtures.js'
import { account, firstAdmin, named, signInPage } from './api.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const PHONE = { width: 375, height: 812 }
/** A list's row: a table row on wide screens, a card on phones (ListTable). */
const ROW = '.ant-table-row, .lf-card-row'
const PASSWORD = 'Lianfang-round-2020'

describe.skipIf(!chromiumAvailable())('home observation rounds in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })

  async function signIn(username: string) {
    await signInPage(page, server.url + '/login', username, PASSWORD)
    await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  }

  beforeAll(async () => {
    buildIfStale()
    server = await startServer()
    const url = server.url
    const admin = await firstAdmin(server, PASSWORD)
    const top = await admin('GET', '/api/v1/regions/scope')
    const street = await admin('POST', '/api/v1/regions', {
      parentId: top.id,
      name: '罗星街道',
      type: 'street',
    })
    const community = await admin('POST', '/api/v1/regions', {
      parentId: street.id,
      name: '马限社区',
      type: 'community',
    })
    const compound = await admin('POST', '/api/v1/regions', {
      parentId: community.id,
      name: '马限小区',
      type: 'compound',
    })
    const user = async (username: string, displayName: string, role: string, scopeRegionId: string) =>
      (await account(url, admin, username, role, scopeRegionId, PASSWORD, displayName)).id
    const officer = await user('officer1', '林干部', 'street_officer', street.id)
    const medic = await user('medic1', '王医生', 'medic', community.id)
    const worker = await user('worker1', '陈社工', 'community_worker', community.id)
    const supervisor = await user('supervisor1', '黄书记', 'community_worker', community.id)
    await admin('PUT', `/api/v1/observation-supervisors/${community.id}`, { userIds: [supervisor] })
    const people = [
      ['张一', '1号楼101'],
      ['李二', '1号楼502'],
      ['赵三', '2号楼301'],
    ]
    for (const [i, [name, address]] of people.entries()) {
      const { person } = await admin('POST', '/api/v1/people', {
        name,
        docType: 'id_card',
        docNumber: makeResidentId('19800101', 900 + i),
        regionId: compound.id,
        address,
        residenceType: 'registered',
      })
      await admin('POST', '/api/v1/observations', {
        personId: person.id,
        reason: '自武汉返回',
        team: { officerId: officer, medicId: medic, workerId: worker },
      })
    }
    browser = await launchChromium()
    context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    page = await context.newPage()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets the medic take three temperatures in walking order on a phone, one of them a fever', async () => {
    await signIn('medic1')
    await page.goto(server.url + '/rounds')
    const cards = page.getByTestId('round-card')
    await cards
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async (e: unknown) => {
        await shot('obs-00-round-missing')
        throw e
      })
    expect(await cards.locator('.ant-card-head-title').allInnerTexts()).toEqual(['张一', '李二', '赵三'])
    expect(await cards.first().innerText()).toContain('第 1 天 / 共 14 天')
    await shot('obs-01-round-375')
    for (const [name, temperature] of [
      ['张一', '36.5'],
      ['李二', '38.2'],
      ['赵三', '36.8'],
    ]) {
      const card = cards.filter({ hasText: name })
      await card.getByLabel('体温 (℃)').fill(temperature)
      await card.getByRole('button', { name: named('登记') }).click()
      await card
        .locator('.ant-tag')
        .filter({ hasText: `${temperature}℃` })
        .waitFor()
    }
    await page.getByText('体温异常，已向小组和督导发出预警').waitFor()
    expect(await cards.filter({ hasText: '李二' }).locator('.ant-tag-red').count()).toBeGreaterThan(0)
    await shot('obs-02-round-done-375')
  }, 60_000)

  it('shows the fever alert on the supervisor’s alerts page', async () => {
    await page.context().clearCookies()
    await signIn('supervisor1')
    await page.goto(server.url + '/alerts')
    const row = page.locator(ROW).filter({ hasText: '李二' })
    await row.waitFor()
    expect(await row.innerText()).toContain('发热 38.2℃')
    expect(await page.locator(ROW).count()).toBe(1)
    await shot('obs-03-supervisor-alerts-375')
    await row.getByRole('button', { name: named('知悉') }).click()
    await row.getByText('已知悉').waitFor()
  }, 60_000)
  it('opens the person’s page with "day 1 of 14", the chart and the readings', async () => {
    await page.goto(server.url + '/observations')
    await page.locator(ROW).filter({ hasText: '李二' }).click()
    await page.getByTestId('day-of').filter({ hasText: '第 1 天 / 共 14 天' }).waitFor()
    await page.getByTestId('temperature-chart').locator('canvas').waitFor()
    expect(await page.locator('.ant-drawer').locator(ROW).first().innerText()).toContain('38.2')
    await shot('obs-04-person-375')
  }, 60_000)
})
