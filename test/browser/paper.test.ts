// 纸质登记 in a real browser: from the checkpoint page to the printable blank register and to
// the typing page; a sheet typed in with the keyboard alone (Enter moves on), a wrong row
// named in Chinese with nothing saved, then corrected and saved once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addDays, localDate } from '../../src/shared/days.js'
import { named, signInPage } from './api.js'
import { prepare, startSourceServer } from './gate-fixtures.js'
import { chromiumAvailable, launchChromium, SCREENSHOTS, type RunningServer } from './server.js'

/** Types the cells of one row, Enter after each: the grid moves on by itself. */
async function typeRow(page: Page, cells: string[]) {
  for (const cell of cells) {
    if (cell) await page.keyboard.insertText(cell)
    await page.keyboard.press('Enter')
  }
}

describe.skipIf(!chromiumAvailable())('paper register in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    server = await startSourceServer()
    browser = await launchChromium()
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it(
    'prints a blank register and types a filled one in with the keyboard',
    { timeout: 120_000 },
    async () => {
      const { checkpointId, admin } = await prepare(server)
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      await signInPage(page, `${server.url}/checkpoints`, 'admin', 'Gate-test-2020')
      await page.getByRole('cell', { name: '南门' }).click()

      const print = page.getByRole('link', { name: named('打印空白登记表') })
      const printUrl = await print.getAttribute('href')
      expect(printUrl).toContain(`/api/v1/checkpoints/${checkpointId}/paper-register.html?date=`)
      const sheet = await context.newPage()
      await sheet.goto(server.url + printUrl!)
      await expect.poll(() => sheet.locator('section.sheet').count()).toBe(3)
      expect(await sheet.locator('section.sheet').first().locator('tbody tr').count()).toBe(20)
      await sheet.screenshot({ path: `${SCREENSHOTS}/paper-register-print.png` })
      // printed as the sheet asks (A4 landscape): one sheet of 20 rows on each page, no spill-over
      const pdf = (await sheet.pdf({ preferCSSPageSize: true })).toString('latin1')
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(3)
      await sheet.close()

      await page.getByRole('button', { name: named('录入纸质登记') }).click()
      await expect.poll(() => page.url()).toContain(`paper-register?checkpoint=${checkpointId}`)
      // yesterday's sheet: every time on it has passed
      const yesterday = addDays(localDate(Date.now(), 'Asia/Shanghai'), -1)
      await page.goto(`${server.url}/paper-register?checkpoint=${checkpointId}&date=${yesterday}`)
      await page.getByLabel('时间 1', { exact: true }).click()
      await typeRow(page, ['08:05', '林小东', 'E12345678', '13912345670', '36.5', '', '闽AD12345', '1'])
      await typeRow(page, ['0930', '陈美', 'H1234567', '', '42.5', '出', '', ''])
      await page.getByRole('button', { name: named('保存全部') }).click()
      await expect
        .poll(() => page.getByRole('alert').allTextContents())
        .toContain('体温 42.5℃ 超出可录入范围（35–42℃），请重新测量')
      await page.getByText('有 1 行需要更正，本次未保存任何记录').waitFor()
      await page.screenshot({ path: `${SCREENSHOTS}/paper-register-error.png`, fullPage: true })
      const passages = () => admin('GET', `/api/v1/checkpoints/${checkpointId}/passages`)
      expect(await passages()).toHaveLength(0)

      await page.getByLabel('体温(℃) 2', { exact: true }).fill('37.9')
      await page.getByRole('button', { name: named('保存全部') }).click()
      await page.getByText('已保存 2 条（其中 0 条此前已保存，未重复录入）').waitFor()
      const stored = await passages()
      expect(stored).toHaveLength(2)
      expect(stored.map((p: { source: string }) => p.source)).toEqual(['paper', 'paper'])
      expect(stored.find((p: { direction: string }) => p.direction === 'out')).toMatchObject({
        name: '陈*',
        verdict: 'refer',
        temperature: 37.9,
      })
      await context.close()
    },
  )
})
