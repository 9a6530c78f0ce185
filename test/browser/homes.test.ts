// Each role's front door, on the Mawei demo's own accounts: signing in opens the role's home
// (a grid member the door-to-door round, a medic today's readings, checkpoint staff the way to
// the gate, a community worker the community's work list, the command centre the dashboard),
// and the menu shows the daily pages with the rest under one "更多" group.
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { signInPage } from './api.js'
import { codeStrings } from './code-strings.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  runDemo,
  startServer,
  type RunningServer,
} from './server.js'

interface DemoUser {
  role: string
  username: string
  password: string
  scope: string
}

/** role → the page it lands on and a thing only that page shows */
const HOMES: Record<string, { path: string; shows: string }> = {
  admin: { path: '/dashboard', shows: '[data-testid="group-observation"]' },
  street_officer: { path: '/dashboard', shows: '[data-testid="group-observation"]' },
  community_worker: { path: '/work', shows: '[data-testid="work-alerts-count"]' },
  grid_member: { path: '/sweep', shows: 'text=入户走访' },
  medic: { path: '/rounds', shows: 'text=今日测温' },
  checkpoint_staff: { path: '/gate', shows: '[data-testid="open-gate"]' },
  social_worker: { path: '/social-work', shows: 'text=社工服务' },
  enterprise_liaison: { path: '/hires', shows: 'text=企业新员工' },
}

const SHOTS = path.resolve('docs/screenshots')

describe.skipIf(!chromiumAvailable())('each role’s home on the Mawei demo', () => {
  let server: RunningServer
  let browser: Browser
  let users: DemoUser[]

  beforeAll(async () => {
    buildIfStale()
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-homes-'))
    users = runDemo<{ users: DemoUser[] }>(dataDir).users
    server = await startServer({ dataDir })
    browser = await launchChromium()
    mkdirSync(SHOTS, { recursive: true })
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function signIn(role: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
    const u = users.find((x) => x.role === role)
    if (!u) throw new Error(`the demo prints no ${role} account`)
    const context = await browser.newContext({ viewport, locale: 'zh-CN' })
    const page = await context.newPage()
    await signInPage(page, server.url + '/login', u.username, u.password)
    return page
  }

  /** the menu's top-level entries, before "更多" is opened */
  const topMenu = (page: Page) =>
    page
      .locator('.ant-layout-sider .ant-menu-root > li')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()))

  it.each(Object.keys(HOMES))('%s signs in and lands on its home', async (role) => {
    const page = await signIn(role)
    const home = HOMES[role]
    await page.waitForURL((u) => u.pathname === home.path, { timeout: 15_000 })
    await page.locator(home.shows).first().waitFor()
    await page.context().close()
  })

  it('leads checkpoint staff to the gate app', async () => {
    const page = await signIn('checkpoint_staff')
    await page.getByTestId('open-gate').click()
    await page.waitForURL((u) => u.pathname.startsWith('/gate'))
    await page.context().close()
  })

  it('shows a community worker the daily pages and puts the rest under 更多', async () => {
    const page = await signIn('community_worker')
    await page.getByTestId('work-alerts-count').waitFor()
    const top = await topMenu(page)
    expect(top[0]).toBe('社区工作台')
    expect(top.at(-1)).toBe('更多')
    expect(top).toEqual(expect.arrayContaining(['预警处置', '入户走访', '健康申报']))
    // set-up pages are there, but not among the daily ones
    for (const rare of ['账号管理', '批量导入', '区划管理']) expect(top).not.toContain(rare)
    expect(top.length).toBeLessThanOrEqual(9)
    await page.getByRole('menuitem', { name: '更多' }).click()
    await page.getByRole('menuitem', { name: '批量导入' }).waitFor()
    await page.context().close()
  })

  it('gives a community worker the counts of the day with links', async () => {
    const page = await signIn('community_worker', { width: 375, height: 812 })
    await page.waitForURL((u) => u.pathname === '/work')
    for (const task of ['alerts', 'rounds', 'households', 'declarations'])
      await expect
        .poll(async () => /^\d+$/.test((await page.getByTestId(`work-${task}-count`).innerText()).trim()))
        .toBe(true)
    await page.screenshot({ path: `${SHOTS}/community-worker-work.png` })
    await page.getByTestId('work-alerts').getByRole('button', { name: '去处理' }).click()
    await page.waitForURL((u) => u.pathname === '/alerts')
    await page.context().close()
  })

  it('opens a grid member’s round on the latest campaign, not on a blank picker', async () => {
    const page = await signIn('grid_member', { width: 375, height: 812 })
    await page.waitForURL((u) => u.pathname === '/sweep')
    // the households of the latest campaign (listed only once one is picked), or why none
    await page.locator('[data-testid="household-card"], .ant-empty').first().waitFor({ timeout: 15_000 })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: `${SHOTS}/grid-member-home.png` })
    await page.context().close()
  })

  it('finds what it looks for', () => {
    expect(codeStrings('赋码规则 risk_area {arrival}从{area}来 checkpoint 6da3a87e passage.purge')).toEqual([
      'risk_area',
      '{arrival}',
      '{area}',
      '6da3a87e',
      'passage.purge',
    ])
    expect(codeStrings('2020-03-05 20200305 马限社区 http://x.example/r/abc_def 37.9℃')).toEqual([])
  })
})
