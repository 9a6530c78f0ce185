// The pass screen: a large QR readable in sunlight, the colour, masked name, expiry and the
// reasons in plain words. Opens from the last pass when offline; refreshes while open.
import QRCode from 'qrcode'
import { isPassColour } from '@shared/verdict'
import { api } from '../api/client'
import { h } from '../light/dom'
import { deviceSecret, keepPass, lastPass, type StoredPass } from './store'
import type { ResidentText } from './text'
import { formatDateTime } from '../components/dates'

const COLOURS = { green: '#389e0d', yellow: '#d4b106', red: '#cf1322', unknown: '#8c8c8c' }
const REFRESH_MS = 10 * 60_000

export async function refreshPass(): Promise<StoredPass | null> {
  const secret = deviceSecret()
  if (!secret || !navigator.onLine) return null
  try {
    const pass = await api.post('/api/v1/r/pass', { body: { deviceSecret: secret } })
    keepPass(pass)
    return pass
  } catch {
    return null
  }
}

export function renderPass(
  text: ResidentText,
  main: HTMLElement,
  lang: 'zh' | 'en',
  onRedeclare: () => void,
) {
  const pass = lastPass()
  if (!pass) {
    main.append(h('section', { class: 'lf-card' }, text.noPass))
    return
  }
  // a colour this page does not know shows as grey and "unknown", never as a real one
  const shown = isPassColour(pass.colour) ? pass.colour : 'unknown'
  const qr = h('div', { class: 'lf-qr', role: 'img', 'aria-label': `${text.colours[shown]} QR` })
  void QRCode.toString(pass.qr, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  }).then((svg) => (qr.innerHTML = svg))
  const colour = COLOURS[shown]
  main.append(
    h(
      'section',
      { class: 'lf-card lf-pass', style: `border-top: 12px solid ${colour}` },
      h('p', { class: 'lf-colour', style: `color: ${colour}`, 'data-colour': shown }, text.colours[shown]),
      qr,
      h('p', {}, `${text.maskedName}：${pass.name}`),
      h('p', {}, `${text.expires}：${formatDateTime(pass.expires)}`),
      navigator.onLine ? null : h('p', { class: 'lf-warn', role: 'alert' }, text.offlinePass),
      // 待核验: no reasons reach a phone nobody has confirmed
      pass.confirmed === false
        ? h('p', { class: 'lf-warn lf-unconfirmed' }, text.unconfirmed)
        : h(
            'div',
            {},
            h('h2', {}, text.reasons),
            h(
              'ul',
              { class: 'lf-reasons' },
              ...pass.reasons.map((r) => h('li', {}, lang === 'en' ? r.en : r.zh)),
            ),
          ),
      h(
        'p',
        {},
        h('a', { href: '/r/rules' }, text.rules),
        ' · ',
        h('button', { type: 'button', onClick: onRedeclare }, text.redeclare),
      ),
      signOutOthers(text),
    ),
  )
}

/** 退出其他手机: every other phone holding this person's pass loses it. */
function signOutOthers(text: ResidentText) {
  const secret = deviceSecret()
  if (!secret) return null
  const status = h('p', { role: 'status' })
  const button = h('button', { type: 'button' }, text.signOutOthers)
  button.addEventListener('click', () => {
    api.post('/api/v1/resident/devices/sign-out-others', { body: { deviceSecret: secret } }).then(
      () => (status.textContent = text.signedOutOthers),
      (e: Error) => (status.textContent = navigator.onLine ? e.message : text.failed),
    )
  })
  return h('p', {}, button, status)
}

/** Re-paints with a fresh pass now and every ten minutes while the page is open online. */
export function keepFresh(repaint: () => void) {
  const tick = async () => {
    if (await refreshPass()) repaint()
  }
  void tick()
  setInterval(() => void tick(), REFRESH_MS)
}
