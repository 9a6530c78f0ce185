// 居民健康申报 resident entry (/r/…): a light PWA residents open from a compound poster's QR
// code. /r/<place code> → the declaration form, then the pass; /r/ → the last pass (offline
// too); /r/rules → the published colour rules.
import { resident as en } from '../i18n/en'
import { storedLang } from '../i18n/lang'
import { resident as zh } from '../i18n/zh-CN'
import { h } from '../light/dom'
import { startLightApp } from '../light/shell'
import { renderForm } from './form'
import { keepFresh, renderPass } from './pass'
import { api, type Body } from '../api/client'
import { deviceSecret, lastPass } from './store'
import { en as enText, zh as zhText } from './text'
import './resident.css'

document.documentElement.style.setProperty('--lf-color', '#237804')

type Rules = Body<'put', '/api/v1/colour-rules'>

const route = () => decodeURIComponent(location.pathname.replace(/^\/r\/?/, '').split('/')[0] ?? '')
let redeclare = false
let current: HTMLElement | undefined

/** Paints our screen again into the shell's main area (after a declaration, a refresh). */
function repaint() {
  if (!current) return
  current.replaceChildren()
  render(null, current)
}

function render(_shell: unknown, main: HTMLElement) {
  current = main
  const lang = storedLang() === 'en' ? 'en' : 'zh'
  const text = lang === 'en' ? enText : zhText
  const code = route()
  if (code === 'rules') return renderRules(text, main, lang)
  if (code && (redeclare || !lastPass()))
    return renderForm(text, main, code, () => ((redeclare = false), repaint()))
  renderPass(text, main, lang, () => ((redeclare = true), repaint()))
}

function renderRules(text: typeof zhText, main: HTMLElement, lang: 'zh' | 'en') {
  const body = h('div', {})
  api.get('/api/v1/colour-rules').then(
    (r) => {
      // the published rules are the ones last saved (the answer's schema leaves them open)
      const { rules, green: always } = r as Pick<Rules, 'rules' | 'green'>
      const facts = (r as { facts?: { name: string; zh: string; en: string }[] }).facts ?? []
      // a reason in words: its blanks named; one that is only a blank ("{status}") gives way
      // to the description of the rule's condition
      const said = (rule: Rules['rules'][number]) => {
        const reason = rule.reason[lang]
        if (/^\{\w+\}$/.test(reason.trim())) {
          const fact = facts.find((f) => f.name === rule.fact)
          if (fact) return fact[lang]
        }
        return reason.replace(/\{(\w+)\}/g, (_, k: string) => text.blanks[k] ?? '…')
      }
      // each colour: what it means, then the rules that give it (green: when none applies)
      for (const colour of ['red', 'yellow'] as const) {
        const given = rules.filter((x) => x.colour === colour)
        if (!given.length) continue
        body.append(
          h('h3', {}, `${text.colours[colour]}：${text.colourMeaning[colour]}`),
          h('p', {}, text.givenWhen.replace('{colour}', text.colours[colour])),
          h('ul', {}, ...given.map((rule) => h('li', {}, said(rule)))),
        )
      }
      body.append(
        h('h3', {}, `${text.colours.green}：${text.colourMeaning.green}`),
        h('p', {}, `${text.rulesGreen}${always[lang]}`),
      )
    },
    () => body.append(h('p', {}, text.failed)),
  )
  main.append(
    h(
      'section',
      { class: 'lf-card' },
      h('h2', {}, text.rulesTitle),
      body,
      h('a', { href: '/r/' }, text.back),
    ),
  )
}

startLightApp({ scope: '/r/', messages: { 'zh-CN': zh, en }, render })
if (deviceSecret()) keepFresh(repaint)
