// Camera scanning with the browser's own BarcodeDetector (Chrome on Android, Safari): no
// decoder library in the bundle. Where it is missing the gate takes the code as typed text,
// which is also what a USB or Bluetooth scanner gun produces.

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
declare const BarcodeDetector: { new (o: { formats: string[] }): Detector } | undefined

export const canScan = () => typeof BarcodeDetector !== 'undefined' && !!navigator.mediaDevices?.getUserMedia

/** Shows the camera in `video` until a QR code is read or `stop` is called. */
export async function scanQr(video: HTMLVideoElement, onCode: (text: string) => void): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment' },
    audio: false,
  })
  const detector = new BarcodeDetector!({ formats: ['qr_code'] })
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
    const found = await detector.detect(video).catch(() => [])
    if (found[0]?.rawValue) {
      stop()
      onCode(found[0].rawValue)
    } else setTimeout(() => void tick(), 150)
  }
  void tick()
  return stop
}
