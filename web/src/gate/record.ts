// The recording screen: who (pass or document), temperature, direction, vehicle; then the
// verdict, full screen, and the passage queued on the phone with a UUID made here.
import { checkPlate } from '@shared/plates'
import { uuidv7 } from '@shared/uuid7'
import { h } from '../light/dom'
import { lookUp } from './api'
import { checkDocument, judge, judgeTyped, type DocumentType } from './judge'
import { renderRefused } from './refused'
import { canScan, scanQr } from './scan'
import { enqueue, loadState, type GateState } from './store'
import { fill, type GateText } from './text'
import { showVerdict } from './verdict'

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
  const doc = input('document', { autocomplete: 'off', autocapitalize: 'characters' })
  const docType = h(
    'select',
    { name: 'documentType', id: 'gate-documentType' },
    ...Object.entries(t.docTypes).map(([value, label]) => h('option', { value }, label)),
  )
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
    field(t.docType, docType),
    field(t.temperature, temp),
    field(t.direction, direction),
    field(t.plate, plate),
    field(t.passengers, passengers),
    h('button', { type: 'submit' }, t.record),
    error,
  )
  const submit = form.querySelector('button[type=submit]') as HTMLButtonElement
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
    const qr = code.value.trim()
    const number = doc.value.trim().toUpperCase()
    if (!qr && !number) return void (error.textContent = t.needPerson)
    const typed = number ? { type: docType.value as DocumentType, number } : undefined
    // A mistyped number is refused here, before anything is recorded: the server would refuse
    // it later, with the fever reading, and nobody would be at the gate to see why.
    const problem = typed && checkDocument(typed.type, typed.number)
    if (problem) return void (error.textContent = t.docProblems[problem])
    submit.disabled = true
    void (async () => {
      const state = loadState() // a pass confirmed a moment ago counts
      const j = qr
        ? await judge(qr, temperature, s, state.jwks, state.revoked ?? [], state.confirmed)
        : judgeTyped(temperature, s, await lookUp(state.checkpoint!.id, typed!))
      // A pass that did not verify, and no number typed: nobody the server could record.
      if (j.pass || typed)
        await enqueue({
          id: uuidv7(),
          checkpointId: state.checkpoint!.id,
          direction: direction.value as 'in' | 'out', // the select's two options
          deviceAt: new Date().toISOString(),
          offline: !navigator.onLine,
          ...(j.pass ? { pass: j.pass } : { document: typed }),
          ...(qr && { qr }),
          temperature,
          plate: checkedPlate?.plate ?? null,
          passengers: passengers.value ? Number(passengers.value) : null,
          verdict: j.verdict,
          reason: j.reason,
        })
      showVerdict(t, into, j, qr)
      void act.refresh()
    })()
      .catch((e: Error) => (error.textContent = t.failed + e.message))
      .finally(() => (submit.disabled = false))
  })
  into.append(
    renderRefused(t, act.refresh),
    form,
    h(
      'button',
      { type: 'button', class: 'gate-link gate-signout', onClick: () => void act.signOut() },
      t.signOut,
    ),
  )
}
