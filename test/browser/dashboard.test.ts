// 态势报告 in a real browser: records made through the API (observations, one released,
// checkpoint passages) show as the right figures on the district admin's home page with
// three drawn charts; a hotline call, a day of publicity and a social-work service entered on
// their pages show in the report; a community worker sees only their community.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { makeResidentId } from '../../src/modules/people/people.fixtures.js'
import { addDays, localDate } from '../../src/shared/days.js'
import { account, firstAdmin, named, signInPage } from './api.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const PASSWORD = 'Lianfang-report-2020'
const WIDE = { width: 1440, height: 1000 }

describe.skipIf(!chromiumAvailable())('situation report dashboard in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
  const figure = async (group: string, key: string) =>
    Number(
      (
        await page.getByTestId(`figure-${group}-${key}`).locator('.ant-statistic-content').innerText()
      ).replace(/\D/g, ''),
    )

  async function signIn(username: string) {
    await page.context().clearCookies() // whoever was signed in before
    await signInPage(page, server.url + '/login', username, PASSWORD)
    // the command centre lands on the dashboard; a community worker on their work list
    await page.waitForURL((u) => u.pathname === '/dashboard' || u.pathname === '/work')
    if (new URL(page.url()).pathname !== '/dashboard') await page.goto(server.url + '/dashboard')
    await page.getByTestId('group-observation').waitFor()
  }

  beforeAll(async () => {
    buildIfStale()
    server = await startServer()
    const url = server.url
    const admin = await firstAdmin(server, PASSWORD)
    const top = await admin('GET', '/api/v1/regions/scope')
    const region = (parentId: string, name: string, type: string) =>
      admin('POST', '/api/v1/regions', { parentId, name, type })
    const street = await region(top.id, '罗星街道', 'street')
    const ours = await region(street.id, '马限社区', 'community')
    const theirs = await region(street.id, '新港社区', 'community')
    const ourCompound = await region(ours.id, '马限小区', 'compound')
    const theirCompound = await region(theirs.id, '新港小区', 'compound')
    await account(url, admin, 'worker1', 'community_worker', ours.id, PASSWORD)
    const medic = (await account(url, admin, 'medic1', 'medic', ours.id, PASSWORD)).call
    const keeper = (await account(url, admin, 'keeper1', 'checkpoint_staff', street.id, PASSWORD)).call

    // 14 days of observation ended yesterday: releasable today after a normal reading
    const startsOn = addDays(localDate(Date.now(), 'Asia/Shanghai'), -15)
    const observe = async (regionId: string, i: number) => {
      const { person } = await admin('POST', '/api/v1/people', {
        name: `观察${i}`,
        docType: 'id_card',
        docNumber: makeResidentId('19800101', 700 + i),
        regionId,
        residenceType: 'registered',
      })
      return admin('POST', '/api/v1/observations', { personId: person.id, reason: '自武汉返回', startsOn })
    }
    const observed = [
      await observe(ourCompound.id, 1),
      await observe(ourCompound.id, 2),
      await observe(ourCompound.id, 3),
    ]
    await observe(theirCompound.id, 4)
    await observe(theirCompound.id, 5)
    await medic('POST', `/api/v1/observations/${observed[0].id}/readings`, { temperature: 36.5 })
    await medic('POST', `/api/v1/observations/${observed[0].id}/release`, {})

    const gate = (regionId: string, name: string) =>
      admin('POST', '/api/v1/checkpoints', { regionId, type: 'compound', name })
    const pass = (checkpointId: string, direction: string) =>
      keeper('POST', '/api/v1/passages', {
        id: randomUUID(),
        checkpointId,
        direction,
        deviceAt: new Date().toISOString(),
        pass: { id: `p-${randomUUID().slice(0, 8)}`, colour: 'green' },
        temperature: 36.5,
        verdict: 'allow',
      })
    const ourGate = await gate(ourCompound.id, '马限小区东门')
    const theirGate = await gate(theirCompound.id, '新港小区南门')
    await pass(ourGate.id, 'in')
    await pass(ourGate.id, 'out')
    await pass(theirGate.id, 'in')

    browser = await launchChromium()
    const context = await browser.newContext({ viewport: WIDE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    page = await context.newPage()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('opens on the situation report for the district admin with every group and drawn charts', async () => {
    await signIn('admin')
    for (const group of [
      'publicity',
      'screening',
      'mobilisation',
      'checkpoints',
      'observation',
      'care',
      'hotline',
      'socialWork',
    ])
      await page.getByTestId(`group-${group}`).waitFor()
    expect(await figure('observation', 'cumulative')).toBe(5)
    expect(await figure('observation', 'released')).toBe(1)
    expect(await figure('observation', 'current')).toBe(4)
    expect(await figure('observation', 'releasedToday')).toBe(1)
    expect(await figure('checkpoints', 'compound')).toBe(2)
    for (const chart of ['observations', 'passages', 'alerts']) {
      const canvas = page.getByTestId(`chart-${chart}`).locator('canvas').first()
      await canvas.waitFor()
      const box = await canvas.boundingBox()
      expect(box!.width).toBeGreaterThan(0)
      expect(box!.height).toBeGreaterThan(0)
    }
    await shot('dashboard-01-district')
  }, 60_000)

  it('heads the page with today’s figures and their change, and breaks them down by street and community', async () => {
    const headline = page.getByTestId('headline-observing')
    await expect.poll(async () => (await headline.innerText()).includes('4')).toBe(true)
    expect(await headline.getAttribute('data-change')).toBe('-1') // one released today
    expect(await page.getByTestId('headline-releasedToday').getAttribute('data-change')).toBe('1')
    const table = page.getByTestId('breakdown')
    const street = table.locator('tr.ant-table-row-level-0', { hasText: '罗星街道' })
    expect(await street.locator('td').nth(1).innerText()).toBe('4')
    await street.locator('button.ant-table-row-expand-icon').click()
    const ours = table.locator('tr.ant-table-row-level-1', { hasText: '马限社区' })
    const theirs = table.locator('tr.ant-table-row-level-1', { hasText: '新港社区' })
    expect(await ours.locator('td').nth(1).innerText()).toBe('2')
    expect(await theirs.locator('td').nth(1).innerText()).toBe('2')
    expect(await ours.locator('td').nth(8).innerText()).toBe('2') // passages today
    await ours.click()
    await page.getByText('态势报告 · 马限社区').waitFor()
    await expect.poll(() => figure('observation', 'cumulative')).toBe(3)
    expect(await figure('passages', 'today')).toBe(2)
    await page.getByRole('button', { name: /返回上级/ }).click()
    await expect.poll(() => figure('observation', 'cumulative')).toBe(5)
  }, 60_000)

  it('narrows to one community with the region picker', async () => {
    await page.locator('#dashboard-region').click()
    await page.locator('#dashboard-region').fill('新港')
    await page.locator('.ant-select-item-option').filter({ hasText: '新港社区' }).click()
    await expect.poll(() => figure('observation', 'cumulative'), { timeout: 10_000 }).toBe(2)
    expect(await figure('observation', 'released')).toBe(0)
    expect(await figure('checkpoints', 'compound')).toBe(1)
  }, 60_000)

  it('counts a hotline call entered on the hotline page', async () => {
    await page.goto(server.url + '/hotline-calls')
    await page.getByRole('button', { name: named('登记来电') }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('时长（分钟）').fill('20')
    await dialog.getByLabel('摘要').fill('居家隔离第五天，焦虑失眠，已疏导')
    await dialog.getByRole('button', { name: named('确定') }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('cell', { name: '居家隔离第五天，焦虑失眠，已疏导' }).waitFor()
    await page.getByRole('menuitem', { name: '态势报告' }).click()
    await page.getByTestId('group-hotline').waitFor()
    await expect.poll(() => figure('hotline', 'calls'), { timeout: 10_000 }).toBe(1)
    expect(await figure('hotline', 'callsToday')).toBe(1)
    await shot('dashboard-02-hotline')
  }, 60_000)

  it('counts a day of publicity and a social-work service entered on their pages', async () => {
    await page.goto(server.url + '/publicity-log')
    await page.getByLabel('社区/村').click()
    await page.getByLabel('社区/村').fill('马限')
    await page.locator('.ant-select-item-option').filter({ hasText: '马限社区' }).click()
    await page.getByLabel('横幅').fill('52')
    await page.getByLabel('标语').fill('2700')
    await page.getByRole('button', { name: named('保存') }).click()
    await page.getByRole('cell', { name: '2700' }).waitFor()
    await shot('dashboard-04-publicity-log')

    await page.goto(server.url + '/social-work')
    await page.getByRole('tab', { name: '机构与社工' }).click()
    await page.getByLabel('机构名称', { exact: true }).fill('马尾区社工服务站')
    await page.getByRole('button', { name: named('新增机构') }).click()
    await page.getByRole('cell', { name: '马尾区社工服务站' }).first().waitFor()
    await page.getByLabel('姓名', { exact: true }).fill('陈社工')
    await page.getByRole('button', { name: named('新增社工') }).click()
    await page.getByRole('cell', { name: '陈社工' }).waitFor()
    await page.getByRole('tab', { name: '服务记录' }).click()
    await page.getByRole('button', { name: named('登记服务') }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('社工', { exact: true }).click()
    await page.locator('.ant-select-item-option').filter({ hasText: '陈社工' }).click()
    await dialog.getByLabel('服务内容').fill('隔离家庭心理疏导')
    await dialog.getByLabel('受益人次').fill('12')
    await dialog.getByRole('button', { name: named('确定') }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('cell', { name: '隔离家庭心理疏导' }).waitFor()
    await shot('dashboard-05-social-work')

    await page.goto(server.url + '/hotline-roster')
    await page.getByTestId('hotline-coverage').waitFor()
    expect(await page.getByTestId('hotline-coverage').innerText()).toContain('无人值守 1440 分钟')
    await shot('dashboard-06-hotline-roster')

    await page.getByRole('menuitem', { name: '态势报告' }).click()
    await page.getByTestId('group-publicity').waitFor()
    await expect.poll(() => figure('publicity', 'banners'), { timeout: 10_000 }).toBe(52)
    expect(await figure('publicity', 'slogans')).toBe(2700)
    // by channel the source case counts people served: 3,481 + 578 + 8,459 = 12,518
    expect(await figure('socialWork', 'offline')).toBe(12)
    expect(await figure('socialWork', 'beneficiaries')).toBe(12)
    await page.getByTestId('account-menu').click()
    await page.getByRole('menuitem', { name: '退出登录' }).click()
    await page.getByRole('heading', { name: '登录' }).waitFor()
  }, 90_000)

  it('shows a community worker only their own community', async () => {
    await signIn('worker1')
    expect(await figure('observation', 'cumulative')).toBe(3)
    expect(await figure('observation', 'released')).toBe(1)
    expect(await figure('observation', 'current')).toBe(2)
    expect(await figure('checkpoints', 'compound')).toBe(1)
    expect(await figure('hotline', 'calls')).toBe(0) // the call was taken for the whole district
    expect(await figure('publicity', 'banners')).toBe(52) // entered for 马限社区
    expect(await figure('socialWork', 'offline')).toBe(0) // recorded for the whole district
    expect(await page.locator('body').innerText()).not.toContain('新港')
    const passages = await page.request.get(`${server.url}/api/v1/reports/trends?days=1`)
    const hours = (await passages.json()).passagesByHour as { total: number }[]
    expect(hours.reduce((n, h) => n + h.total, 0)).toBe(2)
    await shot('dashboard-03-worker')
  }, 60_000)
})
