// The frame shared by the light entries: title bar, language switch, network state, and the
// service worker that keeps the app shell for offline use. Later issues put their screens in
// `main`.
import { lang as enLang } from '../i18n/en'
import { storedLang, storeLang, type Lang } from '../i18n/lang'
import type { Messages } from '../i18n/types'
import { lang as zhLang } from '../i18n/zh-CN'
import type * as zh from '../i18n/zh-CN'
import { h } from './dom'
import './light.css'

export type LightMessages = Messages<typeof zh.gate>

export interface LightApp {
  scope: string
  messages: Record<Lang, LightMessages>
  /** the app's own screen below the title bar */
  render: (text: LightMessages, main: HTMLElement) => void
  /**
   * Draw the screen again when the network comes or goes (default). The gate says no: a
   * flickering network must not wipe what the staff member is typing.
   */
  repaintOnNetwork?: boolean
}

function registerServiceWorker(scope: string, onReady: () => void) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  navigator.serviceWorker
    .register(`${scope}sw.js`, { scope })
    .then(() => navigator.serviceWorker.ready)
    .then(onReady)
    .catch((e: unknown) => console.warn('service worker not registered', e))
}

export function startLightApp(app: LightApp) {
  const root = document.getElementById('app')!
  let offlineReady = false
  const paint = () => {
    const lang = storedLang()
    const text = app.messages[lang]
    const other: Lang = lang === 'en' ? 'zh-CN' : 'en'
    document.title = `${text.title} · ${lang === 'en' ? 'Lianfang' : '联防'}`
    const main = h('main', { class: 'lf-main' })
    app.render(text, main)
    root.replaceChildren(
      h(
        'header',
        { class: 'lf-bar' },
        h('h1', {}, text.title),
        h(
          'button',
          { type: 'button', class: 'lf-lang', onClick: () => (storeLang(other), paint()) },
          (lang === 'en' ? enLang : zhLang).switchTo,
        ),
      ),
      main,
      footer,
    )
    showStatus()
  }
  // Only the status line changes when the app shell is cached: a full repaint would clear a
  // form the user is filling in (the first visit is when someone types their password).
  const footer = h('footer', { class: 'lf-status', role: 'status' })
  const showStatus = () => {
    const text = app.messages[storedLang()]
    footer.textContent = !navigator.onLine ? text.offline : offlineReady ? text.offlineReady : ''
  }
  const onNetwork = app.repaintOnNetwork === false ? showStatus : paint
  window.addEventListener('online', onNetwork)
  window.addEventListener('offline', onNetwork)
  registerServiceWorker(app.scope, () => ((offlineReady = true), showStatus()))
  storeLang(storedLang())
  paint()
}

/** The screen until a later issue fills the entry. */
export function placeholder(text: LightMessages, main: HTMLElement) {
  main.append(
    h('p', { class: 'lf-sub' }, text.subtitle),
    h('section', { class: 'lf-card' }, text.placeholder),
  )
}
