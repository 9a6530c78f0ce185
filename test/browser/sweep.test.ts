// Every page of every role of the Mawei demo, at 1440 × 900 and at a phone's 375 × 812: no
// page scrolls sideways on the phone, and axe-core finds no WCAG 2.1 A/AA violation at either
// width. Also the sign-in page, the gate, a resident's declaration page and the public
// bulletin of a community. One browser; each role signs in once and walks its own menu. In
// the admin app, no page shows a string that looks like a code (code-strings.ts) in zh-CN.
//
// SWEEP_DEMO_DIR=<dir> reuses a demo data directory made before (`lianfang demo --scenario
// mawei-2020 --scale 0.005 --json > <dir>.json`), copied, so that the test starts at once.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { session, signInPage, submitSignIn } from './api.js'
import { codeStrings } from './code-strings.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  runDemo,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const WIDE = { width: 1440, height: 900 }
const PHONE = { width: 375, height: 812 }
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface DemoUser {
  role: string
  username: string
  password: string
  scope: string
}

function demoData(): { dataDir: string; users: DemoUser[] } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-sweep-'))
  const reuse = process.env.SWEEP_DEMO_DIR
  if (reuse) {
    cpSync(reuse, dataDir, { recursive: true })
    return { dataDir, users: JSON.parse(readFileSync(`${reuse}.json`, 'utf8')).users }
  }
  return { dataDir, users: runDemo<{ users: DemoUser[] }>(dataDir).users }
}

/** Waits until the page has stopped loading: no spinner, no skeleton, the network quiet. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page
    .waitForFunction(
      () => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active, .lf-center .ant-spin'),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined)
  await page.waitForTimeout(250)
}

/** axe-core's A/AA violations on the page as it stands: "rule: target (n nodes)". */
async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    type Node = { target: string[]; html: string; failureSummary: string }
    return (result.violations as { id: string; nodes: Node[] }[]).map((v) => {
      const n = v.nodes[0]!
      const why = n.failureSummary.split('\n').slice(1, 2).join('').trim()
      return `${v.id} ×${v.nodes.length}: ${n.target.join(' ')} ${n.html.slice(0, 120)} — ${why}`
    })
  }, TAGS)
  return violations
}

/** How far the page reaches beyond the window's width, 0 when it does not scroll sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const over = document.documentElement.scrollWidth - window.innerWidth
    if (over <= 0) return null
    // the deepest element reaching past the window's right edge, to say where
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(
      (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5,
    )
    const e = wide[wide.length - 1]
    const where = e ? `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')}` : ''
    return `${over} px (${where})`
  })

describe.skipIf(!chromiumAvailable())('every page at 1440 and 375 px', () => {
  let server: RunningServer
  let browser: Browser
  let users: DemoUser[]
  const problems: string[] = []
  const visited: string[] = []

  beforeAll(async () => {
    buildIfStale()
    const demo = demoData()
    users = demo.users
    server = await startServer({ dataDir: demo.dataDir })
    browser = await launchChromium()
  }, 400_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** A browser context whose pages carry axe-core (an init script: the pages' CSP refuses a script tag). */
  async function newContext() {
    const context = await browser.newContext({ viewport: WIDE, locale: 'zh-CN' })
    await context.addInitScript({ path: AXE })
    return context
  }

  /** Checks the page as it stands at both widths, the phone last (it stays so if `phone`). */
  async function check(page: Page, name: string) {
    await page.setViewportSize(WIDE)
    await settled(page)
    for (const v of await axeViolations(page)) problems.push(`${name} @1440 ${v}`)
    if (await page.getByText('页面出错了').count()) problems.push(`${name} @1440 shows the error page`)
    // the admin app's header and page, read once settled (the light apps have no such layout)
    // identifiers marked translate="no" (usernames) are left out
    const text = await page.evaluate(() => {
      const layout = document.querySelector<HTMLElement>('.ant-layout')
      if (!layout) return null
      const marked = Array.from(document.querySelectorAll<HTMLElement>('[translate="no"]'))
      const shown = marked.map((e) => e.style.display)
      marked.forEach((e) => (e.style.display = 'none'))
      const read = layout.innerText
      marked.forEach((e, i) => (e.style.display = shown[i]!))
      return read
    })
    if (text !== null) {
      const codes = codeStrings(text)
      if (codes.length) problems.push(`${name} shows code-like strings: ${[...new Set(codes)].join(', ')}`)
    }
    await page.setViewportSize(PHONE)
    await settled(page)
    if (await page.getByText('页面出错了').count()) problems.push(`${name} @375 shows the error page`)
    const over = await overflow(page)
    if (over) problems.push(`${name} @375 scrolls sideways by ${over}`)
    for (const v of await axeViolations(page)) problems.push(`${name} @375 ${v}`)
    visited.push(name)
  }

  /** The keys of the side menu's entries, every section opened. */
  async function menuEntries(page: Page): Promise<string[]> {
    const sider = page.locator('.ant-layout-sider')
    await sider.locator('.ant-menu-item').first().waitFor()
    for (const sub of await sider
      .locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title')
      .all())
      await sub.click()
    return sider
      .locator('.ant-menu-item')
      .evaluateAll((items) =>
        items.map((li) => (li.getAttribute('data-menu-id') ?? '').replace(/^rc-menu-uuid-[^-]+-/, '')),
      )
  }

  it('the sign-in page', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/login`)
    await page.getByLabel('用户名').waitFor()
    await check(page, 'login')
    await context.close()
  })

  it('every page of every demo role', async () => {
    // SWEEP_ROLES=admin,medic walks only these roles (while fixing a page)
    const only = process.env.SWEEP_ROLES?.split(',')
    for (const user of users.filter((u) => !only || only.includes(u.role))) {
      const context = await newContext()
      const page = await context.newPage()
      await signInPage(page, `${server.url}/login`, user.username, user.password)
      await page.locator('.ant-layout-sider').waitFor()
      await settled(page)
      const keys = await menuEntries(page)
      expect(keys.length, `${user.role} has a menu`).toBeGreaterThan(0)
      for (const key of [...keys, 'password']) {
        await page.goto(`${server.url}/${key}`)
        await check(page, `${user.role} /${key}`)
        if (key === keys[0])
          await page.screenshot({ path: `${SCREENSHOTS}/sweep-${user.role}-home-375.png`, fullPage: true })
      }
      await context.close()
    }
    expect(visited.length).toBeGreaterThan(only ? only.length : users.length * 3)
  }, 1_200_000)

  it('the gate, a resident’s page and the public bulletin', async () => {
    const admin = users.find((u) => u.role === 'admin')!
    const call = await session(server.url, admin.username, admin.password)
    const [community] = await call('GET', `/api/v1/regions?q=${encodeURIComponent('马限社区')}`)
    const children = await call('GET', `/api/v1/regions/${community.id}/children`)
    const compound = children.find((r: { type: string }) => r.type === 'compound')
    const { code } = await call('POST', `/api/v1/posters/regions/${compound.id}/place`)

    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/r/${code}`)
    await page.getByLabel('姓名').waitFor()
    await check(page, 'resident declaration')

    await page.goto(`${server.url}/p/${community.id}`)
    await check(page, 'bulletin')
    const notice = page.locator('a[href*="/notices/"]').first()
    if (await notice.count()) {
      await page.goto(new URL((await notice.getAttribute('href'))!, server.url).href)
      await check(page, 'notice')
    }

    const gate = users.find((u) => u.role === 'checkpoint_staff')!
    await page.goto(`${server.url}/gate/`)
    await page.getByLabel('用户名').waitFor()
    await check(page, 'gate sign-in')
    await submitSignIn(page, gate.username, gate.password)
    await page.getByLabel('用户名').waitFor({ state: 'detached' })
    await check(page, 'gate')
    await context.close()
  }, 300_000)

  it('finds no sideways scrolling, no WCAG 2.1 A/AA violation and no code-like string', () => {
    console.log(`[sweep] ${visited.length} page states:\n  ${visited.join('\n  ')}`)
    if (problems.length) console.log(`[sweep] ${problems.length} problems:\n  ${problems.join('\n  ')}`)
    expect(problems).toEqual([])
  })
})
