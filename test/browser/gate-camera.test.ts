// 扫码 with the camera: Chromium's fake camera plays a clip of a real pass's QR code, made
// here from the pass the server issued to a resident. The page is given no BarcodeDetector
// (Chromium on Linux has none anyway), so this is the jsQR path on canvas frames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import QRCode from 'qrcode'
import { signInPage } from './api.js'
import { PHONE, prepare, startSourceServer } from './gate-fixtures.js'
import { chromiumAvailable, launchChromium, SCREENSHOTS, type RunningServer } from './server.js'

const WIDTH = 640
const HEIGHT = 480
const QUIET_ZONE = 4

/** A YUV4MPEG2 clip (I420, C420jpeg) of a few identical frames: `text` as a QR code, black on white. */
function qrClip(text: string, frames = 3): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const px = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 2 * QUIET_ZONE))
  if (px < 2) throw new Error(`QR of ${modules.size} modules does not fit ${WIDTH}×${HEIGHT}`)
  const left = Math.floor((WIDTH - modules.size * px) / 2)
  const top = Math.floor((HEIGHT - modules.size * px) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235) // white everywhere: the quiet zone and beyond
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let y = 0; y < px; y++) {
        const start = (top + row * px + y) * WIDTH + left + col * px
        luma.fill(16, start, start + px)
      }
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128) // U then V: no colour
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)])
}

describe.skipIf(!chromiumAvailable())('gate camera in Chromium', () => {
  let server: RunningServer
  let browser: Browser | undefined
  let pass: Awaited<ReturnType<typeof prepare>>
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-camera-'))
  beforeAll(async () => {
    server = await startSourceServer()
    // The clip must exist before Chromium starts: the fake camera reads it at launch.
    pass = await prepare(server)
    const clip = path.join(dir, 'pass.y4m')
    writeFileSync(clip, qrClip(pass.qr))
    browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${clip}`,
    ])
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('scans a pass with the camera, then three more offline, and sends each once when back online', async () => {
    expect(pass.qr).toMatch(/^LF1:/)
    const context = await browser!.newContext({ viewport: PHONE, locale: 'zh-CN', permissions: ['camera'] })
    await context.addInitScript(() => delete (window as { BarcodeDetector?: unknown }).BarcodeDetector)
    const page = await context.newPage()
    await signInPage(page, `${server.url}/gate/`, 'gate1', 'Gate-staff-2020')
    await page.getByRole('button', { name: '凯隆一区 · 南门' }).click()

    await page.getByRole('button', { name: '扫码', exact: true }).click()
    const code = page.getByLabel('通行码内容（扫码枪可直接扫入）')
    await expect.poll(() => code.inputValue(), { timeout: 20_000 }).toBe(pass.qr)
    // the camera stops once a code is read, and the temperature is next
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gate-temperature')
    await page.getByLabel('体温（℃）').fill('36.6')
    await page.getByRole('button', { name: '登记' }).click()

    const verdict = page.getByTestId('verdict')
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('allow')
    expect(await verdict.textContent()).toContain('绿码')
    expect(await verdict.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(56, 158, 13)')
    await page.screenshot({ path: `${SCREENSHOTS}/gate-camera-verdict.png` })
    await page.getByRole('button', { name: '下一位' }).click()
    await expect.poll(() => page.getByTestId('queue').textContent(), { timeout: 20_000 }).toBe('已全部上传')

    const [first] = await pass.admin('GET', `/api/v1/checkpoints/${pass.checkpointId}/passages`)
    expect(first).toMatchObject({
      passId: pass.pid,
      passColour: 'green',
      verdict: 'allow',
      temperature: 36.6,
      direction: 'in',
    })

    // The network goes; three more people are scanned by camera and wait on the phone.
    await context.setOffline(true)
    for (const temperature of ['36.4', '37.8', '36.9']) {
      await expect.poll(() => code.inputValue()).toBe('')
      await page.getByRole('button', { name: '扫码', exact: true }).click()
      await expect.poll(() => code.inputValue(), { timeout: 20_000 }).toBe(pass.qr)
      await page.getByLabel('体温（℃）').fill(temperature)
      await page.getByRole('button', { name: '登记' }).click()
      await verdict.waitFor()
      await page.getByRole('button', { name: '下一位' }).click()
    }
    await expect.poll(() => page.getByTestId('queue').textContent()).toBe('待上传 3 条')
    await page.screenshot({ path: `${SCREENSHOTS}/gate-camera-offline.png` })

    // Back online: each is sent once.
    await context.setOffline(false)
    await expect.poll(() => page.getByTestId('queue').textContent(), { timeout: 20_000 }).toBe('已全部上传')
    const list = await pass.admin('GET', `/api/v1/checkpoints/${pass.checkpointId}/passages`)
    expect(list).toHaveLength(4)
    expect(new Set(list.map((p: { id: string }) => p.id)).size).toBe(4)
    expect(list.filter((p: { offline: boolean }) => p.offline)).toHaveLength(3)
    expect(list.filter((p: { verdict: string }) => p.verdict === 'refer')).toHaveLength(1) // 37.8 °C
    await context.close()
  }, 180_000)
})
