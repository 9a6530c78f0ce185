// 判定结果: the verdict fills the screen until the next person. A 待核验 pass shows the masked
// name and the document's last 4 characters beside "查验身份证", and a button for the
// volunteer who has seen the card: the server marks the pass confirmed, and this phone
// remembers it so that the next scan of that pass is judged plainly.
import { h } from '../light/dom'
import { ApiError } from '../api/core'
import { confirmPass } from './api'
import type { Judgement } from './judge'
import { loadState, saveState } from './store'
import { fill, type GateText } from './text'

export function showVerdict(t: GateText, into: HTMLElement, j: Judgement, qr: string) {
  const next = h('button', { type: 'button' }, t.next)
  // 查验身份证 / 未核验: referred for identity, not health; a neutral screen of its own
  const headline = j.reason && j.reason in t.headlines ? (j.reason as keyof GateText['headlines']) : null
  const reason = j.reason ? (t.reasons[j.reason as keyof GateText['reasons']] ?? j.reason) : null
  const overlay = h(
    'div',
    {
      class: `gate-verdict gate-${j.verdict}${headline ? ' gate-identity' : ''}`,
      role: 'alertdialog',
      'data-testid': 'verdict',
      'data-verdict': j.verdict,
      ...(j.reason && { 'data-reason': j.reason }),
    },
    h('strong', {}, headline ? t.headlines[headline] : t.verdicts[j.verdict]),
    // the colour once: in the reason when the colour is the reason, else on its own line
    j.colour && j.reason !== 'red_pass' && j.reason !== 'yellow_pass'
      ? h('span', {}, t.colours[j.colour])
      : null,
    j.name ? h('span', {}, j.name) : null,
    headline === 'check_card' ? h('span', {}, t.checkCardHint) : reason ? h('span', {}, reason) : null,
    j.unconfirmed && j.last4 ? h('span', { class: 'gate-last4' }, fill(t.last4, { k: j.last4 })) : null,
    j.unconfirmed && j.pass ? confirmButton(t, qr, j.pass.id) : null,
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

/** 已核验身份证: needs the server (it records who confirmed); nothing is queued for later. */
function confirmButton(t: GateText, qr: string, passId: string): HTMLElement {
  const note = h('span', { class: 'gate-note', role: 'status' })
  const button = h('button', { type: 'button', class: 'gate-confirm' }, t.confirmCard)
  button.addEventListener('click', () => {
    note.textContent = ''
    if (!navigator.onLine) return void (note.textContent = t.confirmNeedsNetwork)
    button.disabled = true
    confirmPass(qr)
      .then(
        (r) => {
          if (!r?.confirmed) throw new ApiError(400, 'NOT_CONFIRMED', t.failed)
          const state = loadState()
          saveState({ ...state, confirmed: [...new Set([...(state.confirmed ?? []), passId])] })
          button.remove()
          note.textContent = t.cardConfirmed
        },
        (e: unknown) => {
          button.disabled = false
          note.textContent =
            e instanceof ApiError && e.status === 0
              ? t.confirmNeedsNetwork
              : t.failed + (e instanceof Error ? e.message : String(e))
        },
      )
      .catch((e: Error) => ((button.disabled = false), (note.textContent = t.failed + e.message)))
  })
  return h('div', { class: 'gate-confirm-box' }, button, note)
}
