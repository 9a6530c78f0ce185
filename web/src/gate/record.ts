// The recording screen: who (pass or document), temperature, direction, vehicle; then the
// verdict, full screen, and the passage queued on the phone with a UUID made here.
import { checkPlate } from '@shared/plates'
import { h } from '../light/dom'
import { judge, type Judgement } from './judge'
import { canScan, scanQr } from './scan'
import { enqueue, type GateState } from './store'
import { fill, type GateText } from './text'

interface Actions {
  signOut: () => Promise<void>
  change: () => void
  refresh: () => Promise<void>
}

const input = (name: string, props: Record<string, string> = {}) =>
  h('input', { name, id: `gate-${name}`, ...props })
const field = (label: string, el: HTMLElement) => h('label', { for: el.id }, label, el)

export function renderRecord(t: GateText, into: HTMLElement, state: GateState, act: Actions) {
  const s = state.settings!
  const code = input('code', { autocomplete: 'off' })
  const doc = input('document', { autocomplete: 'off' })
  const temp = input('temperature', { inputmode: 'decimal', required: '' })
  const plate = input('plate', { autocomplete: 'off' })
  const passengers = input('passengers', { inputmode: 'numeric' })
  const direction = h(
    'select',
    { name: 'direction', id: 'gate-direction' },
    h('option', { value: 'in' }, t.in),
    h('option', { value: 'out' }, t.out),
  )
  const error = h('p', { class: 'gate-error', role: 'alert' })
  const video = h('video', { class: 'gate-video', playsinline: '', muted: '' })
  let stopScan: (() => void) | undefined
  const scanButton = h('button', { type: 'button', class: 'gate-secondary' }, t.scan)
  scanButton.addEventListener('click', () => {
    if (stopScan) return (stopScan(), (stopScan = undefined), (scanButton.textContent = t.scan))
    scanButton.textContent = t.stopScan
    scanQr(
      video,
      (text) => (
        (code.value = text),
        (stopScan = undefined),
        (scanButton.textContent = t.scan),
        temp.focus()
      ),
    ).then(
      (stop) => (stopScan = stop),
      (e: Error) => (error.textContent = t.failed + e.message),
    )
  })

  const form = h(
    'form',
    { class: 'lf-card gate-form' },
    h(
      'p',
      { class: 'gate-where' },
      `${t.checkpoint}：${state.checkpoint!.regionName} · ${state.checkpoint!.name} `,
      h('button', { type: 'button', class: 'gate-link', onClick: act.change }, t.change),
    ),
    canScan() ? h('div', {}, scanButton, video) : h('p', { class: 'lf-sub' }, t.noCamera),
    field(t.code, code),
    field(t.document, doc),
    field(t.temperature, temp),
    field(t.direction, direction),
    field(t.plate, plate),
    field(t.passengers, passengers),
    h('button', { type: 'submit' }, t.record),
    error,
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    error.textContent = ''
    const temperature = temp.value.trim() ? Number(temp.value.replace(',', '.')) : null
    if (temperature !== null && !(temperature >= s.minTemperature && temperature <= s.maxTemperature))
      return void (error.textContent = fill(t.badTemperature, {
        min: s.minTemperature,
        max: s.maxTemperature,
      }))
    const checkedPlate = plate.value.trim() ? checkPlate(plate.value) : null
    if (plate.value.trim() && !checkedPlate) return void (error.textContent = t.badPlate)
    if (!code.value.trim() && !doc.value.trim()) return void (error.textContent = t.needPerson)
    void judge(code.value, temperature, s, state.jwks, state.revoked ?? []).then(async (j) => {
      await enqueue({
        id: crypto.randomUUID(),
        checkpointId: state.checkpoint!.id,
        direction: direction.value as 'in' | 'out', // the select's two options
        deviceAt: new Date().toISOString(),
        offline: !navigator.onLine,
        // the QR text itself: the server verifies it and keeps the pass's colour, not ours
        ...(j.pass
          ? { pass: j.pass, qr: code.value.trim() }
          : {
              document: {
                type: /^\d{17}[\dXx]$/.test(doc.value.trim()) ? 'id_card' : 'other',
                number: doc.value.trim(),
              },
            }),
        temperature,
        plate: checkedPlate?.plate ?? null,
        passengers: passengers.value ? Number(passengers.value) : null,
        verdict: j.verdict,
        reason: j.reason,
      })
      showVerdict(t, into, j)
      void act.refresh()
    })
  })
  into.append(
    form,
    h(
      'button',
      { type: 'button', class: 'gate-link gate-signout', onClick: () => void act.signOut() },
      t.signOut,
    ),
  )
}

/** 判定结果: the verdict fills the screen until the next person. */
function showVerdict(t: GateText, into: HTMLElement, j: Judgement) {
  const next = h('button', { type: 'button' }, t.next)
  const overlay = h(
    'div',
    {
      class: `gate-verdict gate-${j.verdict}`,
      role: 'alertdialog',
      'data-testid': 'verdict',
      'data-verdict': j.verdict,
    },
    h('strong', {}, t.verdicts[j.verdict]),
    j.colour ? h('span', {}, t.colours[j.colour]) : null,
    j.name ? h('span', {}, j.name) : null,
    j.reason ? h('span', {}, t.reasons[j.reason as keyof GateText['reasons']] ?? j.reason) : null,
    next,
  )
  next.addEventListener('click', () => {
    overlay.remove()
    into.querySelector('form')?.reset()
    ;(into.querySelector('#gate-code') as HTMLInputElement | null)?.focus()
  })
  document.body.append(overlay)
  next.focus()
}
