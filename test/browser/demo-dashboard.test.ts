// The Mawei demo's own accounts open the dashboard (态势报告) as of 5 March 2020: the
// district admin sees the figures the replay planted, 马限社区's community worker only
// their community's, each the same as the report the API gives that account.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { signInPage } from './api.js'
import {
  runDemo,
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const AS_OF = '2020-03-05'

interface DemoUser {
  role: string
  username: string
  password: string
  scope: string
}
interface Demo {
  planted: {
    people_screened: number
    observation: { cumulative: number; released: number; current: number }
    checkpoints: { village: number; community: number; road: number; compound: number }
  }
  users: DemoUser[]
  diff: string[]
}

describe.skipIf(!chromiumAvailable())('the Mawei demo’s dashboard in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let demo: Demo

  beforeAll(async () => {
    buildIfStale()
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-demo-'))
    demo = runDemo<Demo>(dataDir)
    server = await startServer({ dataDir })
    browser = await launchChromium()
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const user = (role: string, scope?: string) =>
    demo.users.find((u) => u.role === role && (!scope || u.scope.includes(scope)))!

  async function openDashboard(u: DemoUser) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
    page = await context.newPage()
    await signInPage(page, server.url + '/login', u.username, u.password)
    // the dashboard is the command centre's home (a community worker's is the work list);
    // the date comes from the link
    await page.waitForURL((url) => url.pathname !== '/login')
    await page.goto(`${server.url}/dashboard?asOf=${AS_OF}`)
    await expect.poll(() => page.locator('#dashboard-as-of').inputValue()).toBe(AS_OF)
    await page.getByTestId('group-observation').waitFor()
  }

  const figure = async (group: string, key: string) =>
    Number(
      (
        await page.getByTestId(`figure-${group}-${key}`).locator('.ant-statistic-content').innerText()
      ).replace(/\D/g, ''),
    )

  /** The report this account gets from the API, with the page's own cookie. */
  const apiReport = async () =>
    (await page.request.get(`${server.url}/api/v1/reports/situation?asOf=${AS_OF}`)).json()

  it('shows the district admin the figures the replay planted', async () => {
    expect(demo.diff).toEqual([])
    await openDashboard(user('admin'))
    const p = demo.planted
    await expect.poll(() => figure('observation', 'cumulative')).toBe(p.observation.cumulative)
    expect(await figure('observation', 'released')).toBe(p.observation.released)
    expect(await figure('observation', 'current')).toBe(p.observation.current)
    expect(await figure('screening', 'peopleScreened')).toBe(p.people_screened)
    for (const type of ['village', 'community', 'road', 'compound'] as const)
      expect(await figure('checkpoints', type)).toBe(p.checkpoints[type])
    await page.screenshot({ path: `${SCREENSHOTS}/demo-dashboard-admin.png`, fullPage: true })
    await page.context().close()
  })

  it('shows 马限社区’s community worker their community only', async () => {
    const worker = user('community_worker', '马限')
    await openDashboard(worker)
    const report = await apiReport()
    expect(report.region.name).toBe('马限社区')
    await expect.poll(() => figure('screening', 'peopleScreened')).toBe(report.peopleScreened)
    expect(await figure('observation', 'cumulative')).toBe(report.observation.cumulative)
    expect(await figure('checkpoints', 'compound')).toBe(report.checkpoints.compound)
    // a part of the district, not the whole of it
    expect(report.peopleScreened).toBeGreaterThan(0)
    expect(report.peopleScreened).toBeLessThan(demo.planted.people_screened)
    expect(report.checkpoints.compound).toBeLessThan(demo.planted.checkpoints.compound)
    await page.getByText('· 马限社区').first().waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/demo-dashboard-worker.png`, fullPage: true })
    await page.context().close()
  })
})
