// Printing posters from the admin app in a real browser: a community worker downloads a
// compound's poster (PDF and PNG) and the whole community's posters from the region page,
// and a checkpoint's poster from the checkpoints page. Files arrive named in Chinese.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Download, Page } from 'playwright-core'
import { buildIfStale, chromiumAvailable, launchChromium, startServer, type RunningServer } from './server.js'

const PASSWORD = 'Lianfang-posters-2020'

type Call = (method: string, path: string, body?: unknown) => Promise<any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function session(url: string, username: string, password: string): Promise<Call> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (!login.ok) throw new Error(`login ${username}: ${login.status}`)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: { cookie, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = res.status === 204 ? undefined : await res.json()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
}

describe.skipIf(!chromiumAvailable())('posters from the admin app in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  const treeNode = (name: string) => page.locator('.ant-tree-treenode').filter({ hasText: name }).first()
  async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      page.getByTestId(testId).first().click(),
    ])
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
  }

  beforeAll(async () => {
    buildIfStale()
    server = await startServer()
    const first = await session(server.url, 'admin', server.adminPassword)
    await first('POST', '/api/v1/auth/password', { current: server.adminPassword, next: PASSWORD })
    const admin = await session(server.url, 'admin', PASSWORD)
    const top = await admin('GET', '/api/v1/regions/scope')
    const region = (parentId: string, name: string, type: string) =>
      admin('POST', '/api/v1/regions', { parentId, name, type })
    const street = await region(top.id, '罗星街道', 'street')
    const community = await region(street.id, '马限社区', 'community')
    const compound = await region(community.id, '马限小区', 'compound')
    await region(community.id, '船政小区', 'compound')
    await admin('POST', '/api/v1/checkpoints', {
      regionId: compound.id,
      type: 'compound',
      name: '马限小区东门',
    })
    const made = await admin('POST', '/api/v1/users', {
      ...{ username: 'worker1', displayName: '社区工作者', role: 'community_worker' },
      scopeRegionId: community.id,
    })
    const worker = await session(server.url, 'worker1', made.oneTimePassword)
    await worker('POST', '/api/v1/auth/password', { current: made.oneTimePassword, next: PASSWORD })

    browser = await launchChromium()
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(server.url + '/login')
    await page.getByLabel('用户名').fill('worker1')
    await page.getByLabel('密码').fill(PASSWORD)
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await page.waitForURL((u) => u.pathname !== '/login')
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('downloads a compound’s poster as PDF and PNG, and the community’s posters in one PDF', async () => {
    await page.goto(server.url + '/regions')
    await treeNode('马限小区').locator('.ant-tree-node-content-wrapper').click()
    await page.locator('.ant-breadcrumb').getByText('马限小区').waitFor()
    const pdf = await download('poster-poster.pdf')
    expect(pdf.name).toMatch(/^马限小区-[2-9A-HJKMNP-Z]{8}\.pdf$/)
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const png = await download('poster-poster.png')
    expect(png.name).toMatch(/^马限小区-.*\.png$/)
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')

    await treeNode('马限社区').locator('.ant-tree-node-content-wrapper').click()
    await page.locator('.ant-breadcrumb').getByText('马限社区').waitFor()
    const all = await download('poster-posters.pdf')
    expect(all.name).toBe('马限社区-场所码海报.pdf')
    expect(all.bytes.toString('latin1').match(/\/Type \/Page(?!s)/g)).toHaveLength(3) // 2 compounds, 1 gate
  }, 60_000)

  it('downloads a checkpoint’s poster from the checkpoints page', async () => {
    await page.goto(server.url + '/checkpoints')
    await page.getByText('马限小区东门').waitFor()
    const pdf = await download('poster-poster.pdf')
    expect(pdf.name).toMatch(/^马限小区东门-.*\.pdf$/)
  }, 60_000)
})
