// The Mawei demo moved to today (`lianfang demo --shift-to-today`) as a commander sees it at
// 1440 × 900: headline figures with their change since the day before, three trend charts
// with something drawn, all above the fold; the table by street and community, sorted by a
// click and opening a community; observations in their first weeks, none read as day 2478.
// Saves docs/screenshots/dashboard.png, the README's picture of the dashboard.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addDays, localDate } from '../../src/shared/days.js'
import { signInPage } from './api.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  runDemo,
  startServer,
  type RunningServer,
} from './server.js'

const SCREEN = { width: 1440, height: 900 }
const TZ = 'Asia/Shanghai'

interface Demo {
  users: { role: string; username: string; password: string; scope: string }[]
  diff: string[]
  report: { as_of: string; observation: { current: number } }
}

describe.skipIf(!chromiumAvailable())('the Mawei demo moved to today, on a commander’s screen', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let demo: Demo
  const today = localDate(Date.now(), TZ)

  beforeAll(async () => {
    buildIfStale()
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-demo-today-'))
    demo = runDemo<Demo>(dataDir, '0.01', ['--shift-to-today'])
    server = await startServer({ dataDir })
    browser = await launchChromium()
    const admin = demo.users.find((u) => u.role === 'admin')!
    const context = await browser.newContext({ viewport: SCREEN, locale: 'zh-CN', timezoneId: TZ })
    page = await context.newPage()
    await signInPage(page, server.url + '/login', admin.username, admin.password)
    await page.waitForURL((u) => u.pathname !== '/login')
  }, 420_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const headline = async (key: string) =>
    Number(
      (await page.getByTestId(`headline-${key}`).locator('.ant-statistic-content').innerText()).replace(
        /\D/g,
        '',
      ),
    )

  it('ends yesterday, and today’s dashboard shows the observations and trends above the fold', async () => {
    expect(demo.diff).toEqual([])
    expect(demo.report.as_of).toBe(addDays(today, -1))
    await page.goto(`${server.url}/dashboard`)
    await page.getByTestId('headline-observing').waitFor()
    const api = await (await page.request.get(`${server.url}/api/v1/reports/situation`)).json()
    expect(api.asOf).toBe(today)
    expect(api.observation.current).toBeGreaterThan(0)
    await expect.poll(() => headline('observing')).toBe(api.observation.current)
    // yesterday's releases and new cases make today's count differ from the day before's
    const trends = await (await page.request.get(`${server.url}/api/v1/reports/trends?days=30`)).json()
    const sum = (f: (d: { observationsStarted: number; passages: { total: number } }) => number) =>
      (trends.days as Parameters<typeof f>[0][]).reduce((n, d) => n + f(d), 0)
    expect(sum((d) => d.observationsStarted)).toBeGreaterThan(0)
    expect(sum((d) => d.passages.total)).toBeGreaterThan(0)
    for (const chart of ['observations', 'passages', 'alerts']) {
      const canvas = page.getByTestId(`chart-${chart}`).locator('canvas').first()
      await canvas.waitFor()
      const box = (await canvas.boundingBox())!
      expect(box.width).toBeGreaterThan(300)
      expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height)
    }
    // no sideways scrolling at 1440
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width)
    await page.screenshot({ path: 'docs/screenshots/dashboard.png' })
  }, 120_000)

  it('counts every observation still open in its own first weeks, on the page too, none as day 2478', async () => {
    const res = await page.request.get(`${server.url}/api/v1/observations?status=open&pageSize=200`)
    const items = (await res.json()).items as { day: number; of: number }[]
    expect(items.length).toBeGreaterThan(0)
    for (const o of items) expect(o.day).toBeLessThanOrEqual(o.of + 1)
    await page.goto(`${server.url}/observations`)
    await page.locator('.ant-table-row').first().waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/第 \d{1,2} 天 \/ 共 \d+ 天|已超期 1 天/)
    expect(text).not.toMatch(/第 \d{3,} 天/)
  }, 60_000)

  it('sorts the table by street and opens a community from it', async () => {
    await page.goto(`${server.url}/dashboard`)
    const table = page.getByTestId('breakdown')
    await table.waitFor()
    const streets = table.locator('tr.ant-table-row-level-0')
    expect(await streets.count()).toBeGreaterThanOrEqual(2)
    const column = async (n: number) =>
      Promise.all((await streets.all()).map(async (r) => Number(await r.locator('td').nth(n).innerText())))
    const observing = await column(1) // most under observation first
    expect(observing).toEqual([...observing].sort((a, b) => b - a))
    await table.getByRole('columnheader', { name: /排查人数/ }).click()
    await expect
      .poll(async () => {
        const screened = await column(7)
        return screened.every((v, i) => i === 0 || screened[i - 1] <= v)
      })
      .toBe(true)
    // open a street's communities, then a community
    // (a row with nothing under it has a blank spacer in the icon's place)
    await table
      .locator('button.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)')
      .first()
      .click()
    const community = table.locator('tr.ant-table-row-level-1').first()
    const name = (await community.locator('td').first().innerText()).trim()
    const count = Number(await community.locator('td').nth(1).innerText())
    await community.click()
    await page.getByText(`态势报告 · ${name}`).waitFor()
    await expect.poll(() => headline('observing')).toBe(count)
    await page.getByRole('button', { name: /返回上级/ }).click()
    await expect.poll(() => page.getByText(`态势报告 · ${name}`).count()).toBe(0)
  }, 60_000)
})
