// 卡点登记 checkpoint entry (/gate): a light PWA for staff at the gate. Sign in, pick the
// checkpoint, scan a pass (or type a document number), take the temperature; the verdict
// fills the screen. Every passage is queued on the phone first and sent when the network
// allows, so the gate works the same with no network.
import { gate as en } from '../i18n/en'
import { storedLang } from '../i18n/lang'
import { gate as zh } from '../i18n/zh-CN'
import { h } from '../light/dom'
import { startLightApp } from '../light/shell'
import type { Jwks, RevocationList } from '@shared/pass/index'
import { api, ApiError, setApiLanguage } from '../api/client'
import { requestJson } from '../api/core'
import { syncQueue } from './api'
import { renderRecord } from './record'
import { paintRefused } from './refused'
import {
  clearState,
  loadState,
  pendingCount,
  saveState,
  wipeIfEmpty,
  type Checkpoint,
  type GateState,
} from './store'
import { en as enText, fill, zh as zhText, type GateText } from './text'
import './gate.css'

setApiLanguage(() => document.documentElement.lang) // server messages in the page's language

let main: HTMLElement | undefined
const text = (): GateText => (storedLang() === 'en' ? enText : zhText)
const status = h('p', { class: 'gate-queue', role: 'status', 'data-testid': 'queue' })

function repaint() {
  if (!main) return
  main.replaceChildren()
  render(null, main)
}

let expired = 0
let keysAt = 0
/** Keys and revocation list are fetched again this often while online. */
const KEYS_EVERY_MS = 5 * 60_000

/** Shows how many passages wait, and sends them when there is a network. */
async function refreshQueue(send = navigator.onLine) {
  const t = text()
  if (send) {
    try {
      const r = await syncQueue()
      expired += r.expired
      if (loadState().checkpoint && Date.now() - keysAt > KEYS_EVERY_MS) await refreshKeys()
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        saveState({ ...loadState(), user: undefined })
        repaint()
      }
    }
  }
  await paintRefused()
  const n = await pendingCount()
  status.textContent = [n ? fill(t.pending, { n }) : t.sent, expired ? fill(t.expired, { n: expired }) : '']
    .filter(Boolean)
    .join(' · ')
}

/**
 * The pass keys and the revocation list, as the server lists them now. The list replaces the
 * cached one: a key the server no longer lists (compromised, withdrawn) is dropped here, and a
 * pass signed by it is answered unknown_key.
 */
async function refreshKeys(): Promise<void> {
  const state = loadState()
  // the pass format's own documents (src/shared/pass), not described in the OpenAPI document
  const [jwks, revoked] = await Promise.all([
    requestJson('get', '/.well-known/lianfang/keys.json') as Promise<Jwks>,
    (requestJson('get', '/.well-known/lianfang/revoked.json') as Promise<RevocationList>).then((r) =>
      r.revoked.map((x) => x.pid),
    ),
  ])
  keysAt = Date.now()
  saveState({ ...loadState(), jwks: jwks ?? state.jwks, revoked })
}

function render(_shell: unknown, into: HTMLElement) {
  main = into
  const state = loadState()
  const t = text()
  if (!state.user) renderSignIn(t, into, state)
  else if (!state.checkpoint || !state.settings) renderPicker(t, into, state)
  else renderRecord(t, into, state, { signOut, change, refresh: () => refreshQueue() })
  into.append(status)
  void refreshQueue()
}

function renderSignIn(t: GateText, into: HTMLElement, state: GateState) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: '' })
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: '',
  })
  const error = h('p', { class: 'gate-error', role: 'alert' })
  const form = h(
    'form',
    { class: 'lf-card gate-form' },
    h('label', {}, t.username, username),
    h('label', {}, t.password, password),
    h('button', { type: 'submit' }, t.signIn),
    error,
  )
  if (state.checkpoint) error.textContent = t.signInAgain
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    api.post('/api/v1/auth/login', { body: { username: username.value, password: password.value } }).then(
      (r) => (
        saveState({ ...loadState(), user: { username: r.user.username, displayName: r.user.displayName } }),
        repaint()
      ),
      (e: Error) => (error.textContent = t.failed + e.message),
    )
  })
  into.append(form)
}

function renderPicker(t: GateText, into: HTMLElement, state: GateState) {
  const list = h('div', { class: 'gate-list' })
  into.append(h('section', { class: 'lf-card' }, h('h2', {}, t.pickCheckpoint), list))
  api.get('/api/v1/checkpoints', { query: { open: true } }).then(
    (cps) => {
      if (!cps.length) list.append(h('p', {}, t.noCheckpoints))
      for (const cp of cps)
        list.append(
          h(
            'button',
            { type: 'button', onClick: () => void choose(cp, state) },
            `${cp.regionName} · ${cp.name}`,
          ),
        )
    },
    (e: Error) => list.append(h('p', { class: 'gate-error' }, t.failed + e.message)),
  )
}

/** Caches what the gate needs offline: the checkpoint's thresholds, the keys, the revocation list. */
async function choose(cp: Checkpoint, state: GateState) {
  const settings = await api.get('/api/v1/checkpoints/{id}/gate-settings', { path: { id: cp.id } })
  saveState({ ...loadState(), checkpoint: { id: cp.id, name: cp.name, regionName: cp.regionName }, settings })
  await refreshKeys().catch(() => saveState({ ...loadState(), jwks: state.jwks, revoked: state.revoked }))
  repaint()
}

function change() {
  saveState({ ...loadState(), checkpoint: undefined })
  repaint()
}

/**
 * A shared phone: everything cached goes. Once the queue is sent, the database goes too, key
 * and all; passages not yet sent (or refused) stay encrypted for whoever signs in next.
 */
async function signOut() {
  await refreshQueue()
  await api.post('/api/v1/auth/logout').catch(() => undefined)
  clearState()
  expired = 0
  await wipeIfEmpty().catch(() => false)
  repaint()
}

window.addEventListener('online', () => void refreshQueue(true))
setInterval(() => void refreshQueue(), 30_000)
startLightApp({ scope: '/gate/', messages: { 'zh-CN': zh, en }, render, repaintOnNetwork: false })
