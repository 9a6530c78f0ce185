// 扫码 camera scanning: the browser's own BarcodeDetector where it reads QR codes (Chrome on
// Android, Safari), otherwise jsQR on frames copied from the video into a canvas. jsQR is
// imported only then, as a lazy chunk (the service worker caches it for offline use), so
// the gate's first load stays small. Typed text, which is also what a USB or Bluetooth
// scanner gun produces, works everywhere.

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
declare const BarcodeDetector:
  | { new (o: { formats: string[] }): NativeDetector; getSupportedFormats?: () => Promise<string[]> }
  | undefined

/** Reads one frame; undefined when no code is in it. */
type Detect = (video: HTMLVideoElement) => Promise<string | undefined>

// A phone decodes a 640-pixel frame with jsQR in tens of milliseconds; four tries a second
// find a code held up to the camera at once without keeping the CPU (and battery) busy.
const NATIVE_EVERY_MS = 150
const JSQR_EVERY_MS = 250
const JSQR_MAX_SIDE = 640

export const canScan = () => !!navigator.mediaDevices?.getUserMedia

async function nativeDetector(): Promise<Detect | undefined> {
  if (typeof BarcodeDetector === 'undefined') return undefined
  const formats = (await BarcodeDetector.getSupportedFormats?.().catch(() => [])) ?? ['qr_code']
  if (!formats.includes('qr_code')) return undefined
  const detector = new BarcodeDetector({ formats: ['qr_code'] })
  return async (video) => (await detector.detect(video).catch(() => []))[0]?.rawValue || undefined
}

async function jsqrDetector(): Promise<Detect> {
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  return async (video) => {
    if (video.readyState < video.HAVE_CURRENT_DATA || !video.videoWidth) return undefined
    const scale = Math.min(1, JSQR_MAX_SIDE / Math.max(video.videoWidth, video.videoHeight))
    const width = (canvas.width = Math.round(video.videoWidth * scale))
    const height = (canvas.height = Math.round(video.videoHeight * scale))
    ctx.drawImage(video, 0, 0, width, height)
    const frame = ctx.getImageData(0, 0, width, height)
    // passes are shown dark on light, on paper or a phone: no inverted second pass needed
    return jsQR(frame.data, width, height, { inversionAttempts: 'dontInvert' })?.data || undefined
  }
}

/** Shows the camera in `video` until a QR code is read or `stop` is called. */
export async function scanQr(video: HTMLVideoElement, onCode: (text: string) => void): Promise<() => void> {
  const native = await nativeDetector()
  const detect = native ?? (await jsqrDetector())
  const every = native ? NATIVE_EVERY_MS : JSQR_EVERY_MS
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  })
  video.srcObject = stream
  await video.play()
  let stopped = false
  const stop = () => {
    stopped = true
    stream.getTracks().forEach((t) => t.stop())
    video.srcObject = null
  }
  const tick = async () => {
    if (stopped) return
    const text = await detect(video).catch(() => undefined)
    if (stopped) return
    if (text) {
      stop()
      onCode(text)
    } else setTimeout(() => void tick(), every)
  }
  void tick()
  return stop
}
