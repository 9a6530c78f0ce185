// The gate at a checkpoint in a real browser: sign in, pick the checkpoint, read a real pass
// (typed into the code field, as a scanner gun does; the camera has its own test in
// gate-camera.test.ts), record a passage, go offline, record three more, come back online
// and see each stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { signInPage } from './api.js'
import { PHONE, prepare, startSourceServer } from './gate-fixtures.js'
import { chromiumAvailable, launchChromium, SCREENSHOTS, type RunningServer } from './server.js'

describe.skipIf(!chromiumAvailable())('gate in Chromium', () => {
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
    'records a scanned pass, then three passages offline, and syncs each once',
    { timeout: 120_000 },
    async () => {
      const { checkpointId, qr, admin } = await prepare(server)
      expect(qr).toMatch(/^LF1:/)
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
      const page = await context.newPage()
      await signInPage(page, `${server.url}/gate/`, 'gate1', 'Gate-staff-2020')
      await page.getByRole('button', { name: '凯隆一区 · 南门' }).click()

      await page.getByLabel('通行码内容（扫码枪可直接扫入）').fill(qr)
      await page.getByLabel('体温（℃）').fill('36.5')
      await page.getByRole('button', { name: '登记' }).click()
      const verdict = page.getByTestId('verdict')
      await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('allow')
      await expect.poll(() => verdict.textContent()).toContain('绿码')
      await page.screenshot({ path: `${SCREENSHOTS}/gate-verdict.png`, fullPage: true })
      await page.getByRole('button', { name: '下一位' }).click()
      await expect.poll(() => page.getByTestId('queue').textContent()).toBe('已全部上传')

      await context.setOffline(true)
      for (const t of ['36.4', '37.8', '36.9']) {
        await page.getByLabel('通行码内容（扫码枪可直接扫入）').fill(qr)
        await page.getByLabel('体温（℃）').fill(t)
        await page.getByRole('button', { name: '登记' }).click()
        await verdict.waitFor()
        await page.getByRole('button', { name: '下一位' }).click()
      }
      await expect.poll(() => page.getByTestId('queue').textContent()).toBe('待上传 3 条')
      await page.screenshot({ path: `${SCREENSHOTS}/gate-offline.png`, fullPage: true })

      await context.setOffline(false)
      await expect.poll(() => page.getByTestId('queue').textContent(), { timeout: 20_000 }).toBe('已全部上传')
      const counts = await admin('GET', `/api/v1/checkpoints/${checkpointId}/counts`)
      expect(counts).toMatchObject({ in: 4, total: 4, referred: 1, fevers: 1 })
      const list = await admin('GET', `/api/v1/checkpoints/${checkpointId}/passages`)
      expect(new Set(list.map((p: { id: string }) => p.id)).size).toBe(4)
      expect(list.filter((p: { offline: boolean }) => p.offline)).toHaveLength(3)
      await context.close()
    },
  )
})
