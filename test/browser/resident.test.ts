// The resident's path in a real browser: open a compound poster's link, declare, get a pass,
// then reload with the network off and still see the pass (the PWA keeps the shell and the
// last pass). Screenshots go to test-results/browser/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { firstAdmin } from './api.js'
import {
  buildIfStale,
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startServer,
  type RunningServer,
} from './server.js'

const PHONE = { width: 375, height: 812 }

/** A compound and its poster code, made through the API as the first admin. */
async function posterCode(server: RunningServer): Promise<string> {
  const admin = await firstAdmin(server, 'Resident-test-2020')
  const me = await admin('GET', '/api/v1/auth/me')
  const community = await admin('POST', '/api/v1/regions', {
    parentId: me.scopeRegionId ?? me.user?.scopeRegionId,
    name: '马限社区',
    type: 'community',
  })
  const compound = await admin('POST', '/api/v1/regions', {
    parentId: community.id,
    name: '马限小区',
    type: 'compound',
  })
  return (await admin('POST', `/api/v1/posters/regions/${compound.id}/place`)).code
}

describe.skipIf(!chromiumAvailable())('resident pages in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    buildIfStale()
    server = await startServer()
    browser = await launchChromium()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('declares from a poster link, shows the pass, and shows it again offline', async () => {
    const code = await posterCode(server)
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${server.url}/r/${code}`)
    await page.getByText('申报地点：马限小区').waitFor()
    // The page may render once more when its service worker takes over on the first visit:
    // fill again until every field holds its value, then submit.
    const entries: [string, string][] = [
      ['姓名', '王小红'],
      ['证件号码', '350105199207150012'],
      ['手机号码', '13912345678'],
    ]
    await expect
      .poll(async () => {
        for (const [label, value] of entries) await page.getByLabel(label).fill(value)
        await page.waitForTimeout(300)
        const values = await Promise.all(entries.map(([label]) => page.getByLabel(label).inputValue()))
        return values.join('|')
      })
      .toBe(entries.map(([, v]) => v).join('|'))
    await page.getByRole('button', { name: '提交申报' }).click()
    await expect.poll(() => page.locator('.lf-error').textContent()).toBe('身份证号码不正确，请核对')
    await page.getByLabel('证件号码').fill(validId())
    await page.getByLabel('楼栋房号').fill('5号楼302')
    await page.getByRole('button', { name: '提交申报' }).click()
    await page.locator('[data-colour="green"]').waitFor()
    await expect.poll(() => page.locator('.lf-pass').textContent()).toContain('王*红')
    // no SMS configured and no code: the pass is 待核验 and shows no reasons
    await page.getByText('待核验：请在卡点出示身份证').waitFor()
    expect(await page.locator('.lf-reasons').count()).toBe(0)
    expect(await page.getByLabel('短信验证码').isVisible()).toBe(false)
    await page.locator('.lf-qr svg').waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/resident-pass.png`, fullPage: true })
    await page.getByText('已可离线使用').waitFor({ timeout: 15_000 })

    await context.setOffline(true)
    await page.reload()
    await page.locator('[data-colour="green"]').waitFor()
    await page.getByText('当前离线，显示的是上次领取的通行码').waitFor()
    await page.locator('.lf-qr svg').waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/resident-offline.png`, fullPage: true })
    await context.close()
  })
})

/** A valid resident ID (check digit computed here). */
function validId(): string {
  const first17 = '35010519920715001'
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
