// Printing posters from the admin app in a real browser: a community worker downloads a
// compound's poster (PDF and PNG) and the whole community's posters from the region page,
// and a checkpoint's poster from the checkpoints page. Files arrive named in Chinese.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Download, Page } from 'playwright-core'
import { account, firstAdmin, signInPage } from './api.js'
import { buildIfStale, chromiumAvailable, launchChromium, startServer, type RunningServer } from './server.js'

const PASSWORD = 'Lianfang-posters-2020'

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
    const admin = await firstAdmin(server, PASSWORD)
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
    await account(server.url, admin, 'worker1', 'community_worker', community.id, PASSWORD, '社区工作者')

    browser = await launchChromium()
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await signInPage(page, server.url + '/login', 'worker1', PASSWORD)
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
