// The staff side of passes in a real browser: the command centre adds a risk area; a
// community worker declares for an elderly resident without a phone who came from it; she
// shows up as a key person with the reason and a yellow colour; a manual change to red,
// requested by the worker, takes effect only when a street officer approves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
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

const PASSWORD = 'Lianfang-passes-2020'
/** A calendar day `n` days before today in the deployment's zone (the server runs on the real clock). */
const daysAgo = (n: number) =>
  new Date(Date.now() - n * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

describe.skipIf(!chromiumAvailable())('declarations, key persons and colours in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
  const ok = () =>
    page
      .locator('.ant-modal:visible')
      .getByRole('button', { name: named('确定') })
      .click()

  async function signIn(username: string) {
    await page.context().clearCookies()
    await signInPage(page, server.url + '/login', username, PASSWORD)
    await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  }
  async function pickDate(label: string, date: string) {
    const input = page.locator('.ant-modal:visible').getByLabel(label)
    await input.click()
    await input.fill(date)
    await input.press('Enter')
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
    const community = await region(street.id, '马限社区', 'community')
    const compound = await region(community.id, '马限小区', 'compound')
    for (const [username, displayName, role, scope] of [
      ['worker1', '陈社工', 'community_worker', community.id],
      ['officer1', '林干部', 'street_officer', street.id],
    ])
      await account(url, admin, username, role, scope, PASSWORD, displayName)
    // 赵奶奶 has no phone: staff declare for her
    await admin('POST', '/api/v1/people', {
      name: '赵奶奶',
      docType: 'id_card',
      docNumber: makeResidentId('19400302', 901),
      regionId: compound.id,
      address: '3号楼101',
      residenceType: 'registered',
    })
    browser = await launchChromium()
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    page = await context.newPage()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets the command centre add a risk area', async () => {
    await signIn('admin')
    await page.goto(server.url + '/risk-areas')
    await page.getByRole('button', { name: named('新增风险地区') }).click()
    await page.locator('.ant-modal:visible').getByLabel('地区名称').fill('湖北省')
    await pickDate('起始日期', daysAgo(20))
    await ok()
    const row = page.locator('.ant-table-row').filter({ hasText: '湖北省' })
    await row.waitFor()
    expect(await row.innerText()).toContain('14 天')
    await shot('passes-01-risk-area')
  }, 60_000)

  it('shows the colour rules explained, and lets the command centre publish a new version', async () => {
    await page.goto(server.url + '/colour-rules')
    await page.getByText('现行规则（系统默认，尚未修改）').waitFor()
    // each rule a sentence, its reason's placeholders named, no codes
    const rule = page.getByTestId('colour-rule').filter({ hasText: '从风险地区抵达' }).first()
    expect(await rule.innerText()).toMatch(
      /^第 \d 条：从风险地区抵达且仍在观察期内时，赋 ?黄码 ?。居民看到的原因：“［抵达日期］从［风险地区］来，观察期至［观察期满日期］”$/,
    )
    expect(await page.getByTestId('colour-rules').innerText()).toContain(
      '病例状态为确诊病例或疑似病例或集中隔离时',
    )
    expect(await page.getByTestId('colour-rules').innerText()).not.toMatch(/risk_area|\{area\}|confirmed/)
    await page.getByRole('button', { name: named('编辑并发布新版本') }).click()
    await page.locator('.ant-modal:visible').getByLabel('修改说明').fill('核对后重新发布')
    await page
      .locator('.ant-modal:visible')
      .getByRole('button', { name: named('发布') })
      .click()
    await page.getByText('已发布第 1 版').waitFor()
    await page.getByText('现行规则（第 1 版）').waitFor()
    const version = page.locator('.ant-table-row').filter({ hasText: '核对后重新发布' })
    expect(await version.innerText()).toContain('admin')
    await shot('passes-01b-rules')
  }, 60_000)

  it('lets a community worker declare for a resident without a phone, with travel from it', async () => {
    await signIn('worker1')
    await page.goto(server.url + '/declarations')
    await page.getByRole('button', { name: named('代为申报') }).click()
    const modal = page.locator('.ant-modal:visible')
    await modal.getByLabel('人员').fill('赵奶奶')
    await page.locator('.ant-select-item-option').filter({ hasText: '赵奶奶' }).click()
    await modal.getByLabel('14天内有外出旅行史').click()
    await modal.getByLabel('从何地来').fill('湖北省武汉市')
    await pickDate('抵达日期', daysAgo(3))
    await ok()
    await page.getByText('已代为申报：行程与风险地区相符，已列为重点人员').waitFor()
    const row = page.locator('.ant-table-row').filter({ hasText: '赵奶奶' })
    await row.waitFor()
    expect(await row.innerText()).toContain('工作人员代填')
    // identity masked: the document shows only its ends
    expect(await row.innerText()).toMatch(/3501\*+\d{3}[\dX]/)
  }, 60_000)

  it('lists her as a key person with the reason, and shows her colour yellow with the reason', async () => {
    await page.goto(server.url + '/key-persons')
    const row = page.locator('.ant-table-row').filter({ hasText: '赵奶奶' })
    await row.waitFor()
    expect(await row.innerText()).toContain(`${daysAgo(3)}从湖北省（风险地区`)
    expect(await row.innerText()).toContain('开始居家观察')
    await shot('passes-02-key-persons')
    await row.getByRole('link', { name: '查看码色' }).click()
    const card = page.getByTestId('colour-card')
    await card.locator('[data-colour="yellow"]').first().waitFor()
    expect(await card.getByTestId('colour-reason').first().innerText()).toContain(
      `${daysAgo(3)}从湖北省来，观察期至`,
    )
    await shot('passes-03-colour-yellow')
    // the proposed home observation opens for the risk area's 14 days, from her arrival
    const colourUrl = page.url()
    await page.goBack()
    await row.getByRole('button', { name: named('开始居家观察') }).click()
    await page.getByText(`按风险地区的观察期，自 ${daysAgo(3)} 起居家医学观察 14 天。`).waitFor()
    await ok()
    await row.getByText('观察中').waitFor()
    await page.goto(colourUrl)
  }, 60_000)

  it('turns her red only when a second account approves the worker’s request', async () => {
    await page.getByRole('button', { name: named('申请人工改码') }).click()
    const modal = page.locator('.ant-modal:visible')
    await modal.getByText('红码').click()
    await modal.getByLabel('原因').fill('核酸检测阳性，待复核')
    await ok()
    await page.getByText('已提交申请，等待另一名工作人员审批').waitFor()
    const personUrl = page.url()
    await page.getByRole('tab', { name: '改码审批' }).click()
    const own = page.locator('.ant-table-row').filter({ hasText: '赵奶奶' })
    await own.waitFor()
    expect(await own.innerText()).toContain('本人申请，须由他人审批')

    await signIn('officer1')
    await page.goto(server.url + '/colours')
    await page.getByRole('tab', { name: '改码审批' }).click()
    const pending = page.locator('.ant-table-row').filter({ hasText: '赵奶奶' })
    await pending.waitFor()
    await shot('passes-04-approvals')
    await pending.getByRole('button', { name: named('批准') }).click()
    await pending.waitFor({ state: 'detached' })

    await page.goto(personUrl)
    const card = page.getByTestId('colour-card')
    await card.locator('[data-colour="red"]').first().waitFor()
    expect(await card.getByTestId('colour-reason').first().innerText()).toContain(
      '人工调整：核酸检测阳性，待复核',
    )
    await shot('passes-05-colour-red')
  }, 60_000)
})
