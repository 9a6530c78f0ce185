// The declaration form reached from a poster's QR code (/r/<place code>).
import { checkResidentId, normalizeMobile } from '@shared/identity'
import { SYMPTOMS, type Symptom } from '@shared/symptoms'
import { h } from '../light/dom'
import { api, type Body } from '../api/client'
import { deviceSecret, keepDeviceSecret, keepPass } from './store'
import type { ResidentText } from './text'

type Declaration = Body<'post', '/api/v1/r/declarations'>

const field = (label: string, input: HTMLElement) =>
  h('label', { class: 'lf-field' }, h('span', {}, label), input)
const input = (name: string, type = 'text', extra: Record<string, string> = {}) =>
  h('input', { name, type, ...extra })

export function renderForm(text: ResidentText, main: HTMLElement, placeCode: string, done: () => void) {
  const place = h('p', { class: 'lf-sub' }, text.placeLoading)
  const code = h('div', { hidden: '' })
  api.get('/api/v1/r/places/{code}', { path: { code: placeCode } }).then(
    (p) => {
      place.textContent = `${text.declareAt}：${p.name}`
      code.hidden = !p.sms
    },
    (e: Error) => (place.textContent = e.message),
  )
  const docType = h(
    'select',
    { name: 'docType' },
    ...Object.entries(text.docTypes).map(([v, l]) => h('option', { value: v }, l)),
  )
  const travelled = input('travelled', 'checkbox')
  const travel = h(
    'div',
    { hidden: '' },
    field(text.fromPlace, input('fromPlace')),
    field(text.arrivalDate, input('arrivalDate', 'date')),
  )
  travelled.addEventListener('change', () => (travel.hidden = !(travelled as HTMLInputElement).checked))
  const symptoms = SYMPTOMS.map((s) =>
    h('label', { class: 'lf-check' }, input('symptom', 'checkbox', { value: s }), text.symptomNames[s]),
  )
  const error = h('p', { class: 'lf-error', role: 'alert' })
  const submit = h('button', { type: 'submit', class: 'lf-primary' }, text.submit)
  const form = h(
    'form',
    { class: 'lf-card lf-form', novalidate: '' },
    place,
    field(text.name, input('name', 'text', { autocomplete: 'name' })),
    field(text.docType, docType),
    field(text.docNumber, input('docNumber', 'text', { inputmode: 'text', autocomplete: 'off' })),
    field(text.phone, input('phone', 'tel', { autocomplete: 'tel' })),
    code,
    field(text.address, input('address')),
    h('label', { class: 'lf-check' }, travelled, text.travelled),
    travel,
    h('fieldset', {}, h('legend', {}, text.symptoms), ...symptoms),
    h('label', { class: 'lf-check' }, input('contact', 'checkbox'), text.contact),
    error,
    submit,
  )
  code.append(...codeStep(text, form, () => placeCode))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const value = (k: string) => String(data.get(k) ?? '').trim()
    const fail = (message: string) => ((error.textContent = message), undefined)
    if (!value('name') || !value('docNumber') || !value('phone'))
      return fail(`${text.required}：${text.name} / ${text.docNumber} / ${text.phone}`)
    if (value('docType') === 'id_card' && checkResidentId(value('docNumber'))) return fail(text.badId)
    if (!normalizeMobile(value('phone'))) return fail(text.badPhone)
    const hasTravel = (travelled as HTMLInputElement).checked
    if (hasTravel && (!value('fromPlace') || !value('arrivalDate'))) return fail(text.needTravel)
    if (value('code') && !/^\d{6}$/.test(value('code'))) return fail(text.badCode)
    error.textContent = ''
    submit.textContent = text.sending
    submit.setAttribute('disabled', '')
    const secret = deviceSecret()
    api
      .post('/api/v1/r/declarations', {
        body: {
          placeCode,
          name: value('name'),
          docType: value('docType') as Declaration['docType'], // the select's options
          docNumber: value('docNumber'),
          phone: value('phone'),
          address: value('address') || null,
          travel: hasTravel ? { fromPlace: value('fromPlace'), arrivalDate: value('arrivalDate') } : null,
          symptoms: data.getAll('symptom').map(String) as Symptom[], // the checkboxes
          contactWithCases: data.get('contact') !== null,
          ...(secret ? { deviceSecret: secret } : {}),
          ...(value('code') ? { code: value('code') } : {}),
        },
      })
      .then(
        (res) => {
          keepDeviceSecret(res.deviceSecret)
          keepPass(res.pass)
          done()
        },
        (e: Error) => {
          submit.textContent = text.submit
          submit.removeAttribute('disabled')
          fail(navigator.onLine ? e.message : text.failed)
        },
      )
  })
  main.append(form)
}

/** 获取验证码: the same words whether or not the number is registered (the server answers alike). */
function codeStep(text: ResidentText, form: HTMLFormElement, placeCode: () => string) {
  const note = h('p', { class: 'lf-sub', role: 'status' }, text.codeHint)
  const ask = h('button', { type: 'button' }, text.getCode)
  ask.addEventListener('click', () => {
    const data = new FormData(form)
    const value = (k: string) => String(data.get(k) ?? '').trim()
    if (!value('name') || !value('docNumber') || !normalizeMobile(value('phone')))
      return void (note.textContent = `${text.required}：${text.name} / ${text.docNumber} / ${text.phone}`)
    ask.setAttribute('disabled', '')
    api
      .post('/api/v1/resident/code', {
        body: {
          placeCode: placeCode(),
          name: value('name'),
          docType: value('docType') as Declaration['docType'], // the select's options
          docNumber: value('docNumber'),
          phone: value('phone'),
        },
      })
      .then(
        () => (note.textContent = text.codeSent),
        (e: Error) => (note.textContent = navigator.onLine ? e.message : text.failed),
      )
      // one request a minute is all the server sends to a phone
      .finally(() => setTimeout(() => ask.removeAttribute('disabled'), 60_000))
  })
  const codeInput = input('code', 'text', {
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: '6',
  })
  return [field(text.code, codeInput), h('p', {}, ask), note]
}
