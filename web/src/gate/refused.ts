// 拒收的登记: passages the server refused stay on the phone, at the top of the screen, until a
// person fixes and resends or discards them (with a second press): a fever reading is never
// dropped without someone deciding so.
import { maskDocument } from '@shared/identity'
import { h } from '../light/dom'
import { checkDocument } from './judge'
import { discardRefused, refusedPassages, retryRefused, type RefusedPassage } from './store'
import { fill, type GateText } from './text'
import { formatDateTime } from '../components/dates'

let box: { el: HTMLElement; t: GateText; refresh: () => Promise<void> } | undefined

/** The section at the top of the recording screen; empty (hidden) when nothing was refused. */
export function renderRefused(t: GateText, refresh: () => Promise<void>): HTMLElement {
  const el = h('section', { class: 'lf-card gate-refused', 'data-testid': 'refused', hidden: '' })
  box = { el, t, refresh }
  void paintRefused()
  return el
}

/** Repaints the list from the phone's storage (after a send, a fix or a discard). */
export async function paintRefused(): Promise<void> {
  if (!box || !box.el.isConnected) return
  const { el, t } = box
  const items = await refusedPassages()
  el.replaceChildren()
  el.hidden = !items.length
  if (!items.length) return
  el.append(h('h2', { role: 'alert' }, fill(t.refusedTitle, { n: items.length })))
  for (const item of items) el.append(row(t, item))
}

function row(t: GateText, { passage: p, message }: RefusedPassage): HTMLElement {
  const when = formatDateTime(p.deviceAt)
  const who = p.document ? maskDocument(p.document.number) : (p.pass?.id ?? '')
  const error = h('p', { class: 'gate-error', role: 'alert' })
  const number = p.document
    ? h('input', { 'aria-label': t.refusedNumber, value: p.document.number, autocomplete: 'off' })
    : null
  const retry = h('button', { type: 'button' }, t.retry)
  const discard = h('button', { type: 'button', class: 'gate-secondary' }, t.discard)
  retry.addEventListener('click', () => {
    const fixed = number && p.document ? { ...p.document, number: number.value.trim().toUpperCase() } : null
    const problem = fixed && checkDocument(fixed.type, fixed.number)
    if (problem) return void (error.textContent = t.docProblems[problem])
    void retryRefused({ ...p, ...(fixed && { document: fixed }) })
      .then(() => box?.refresh())
      .then(paintRefused)
  })
  discard.addEventListener('click', () => {
    // the first press asks; the second, on the same button, discards
    if (discard.dataset.armed !== '1') {
      discard.dataset.armed = '1'
      discard.textContent = t.confirmDiscard
      return
    }
    void discardRefused(p.id).then(paintRefused)
  })
  return h(
    'div',
    { class: 'gate-refused-item' },
    h('p', {}, `${when} · ${who}${p.temperature != null ? ` · ${p.temperature}℃` : ''} · ${message}`),
    number,
    h('div', { class: 'gate-actions' }, retry, discard),
    error,
  )
}
