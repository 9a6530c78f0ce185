// An audit entry in words: the action from the catalogue (`observation.alert.close` is
// auditActions.observation.alert_close), the record as its kind and name, the details that
// mean something to a reader (counts, days, a reason); ids and codes are never shown.
import type { TFunction } from 'i18next'
import { translateKey } from '../../i18n'
import { auditActions } from '../../i18n/zh-CN'

/** The catalogue key of an action as the server writes it: group, then the rest joined by _. */
const actionKey = (action: string) => {
  const [group, ...rest] = action.split('.')
  return `auditActions.${group}.${rest.join('_')}`
}

/** Actions the server writes with three parts: the catalogue joins the last two with _. */
const SUBGROUPS: Record<string, string[]> = {
  observation: ['alert'],
  hotline: ['call', 'shift'],
  social_work: ['agency', 'service', 'worker'],
  enterprise: ['hire'],
}

/** Every action the catalogue names, as the server writes it, for the filter. */
export const AUDIT_ACTIONS = Object.entries(auditActions).flatMap(([group, names]) =>
  Object.keys(names).map((name) => {
    const sub = (SUBGROUPS[group] ?? []).find((g) => name.startsWith(`${g}_`))
    return sub ? `${group}.${sub}.${name.slice(sub.length + 1)}` : `${group}.${name}`
  }),
)

/** An action unknown to the catalogue shows as its group's record kind, never as a code. */
export const auditActionLabel = (action: string, t: TFunction) =>
  translateKey(actionKey(action), translateKey(`auditEntities.${action.split('.')[0]}`, t('audit.action')))

export function auditActorName(name: string, t: TFunction) {
  if (name === 'system') return t('auditDetails.system')
  if (name === 'resident') return t('auditDetails.resident')
  return name
}

export function auditTargetText(e: { entity: string | null; targetName: string | null }) {
  if (!e.entity) return ''
  const kind = translateKey(`auditEntities.${e.entity}`, '')
  return e.targetName ? `${kind} ${e.targetName}`.trim() : kind
}

const COLOURS = ['green', 'yellow', 'red']
const SLOTS = ['am', 'pm']

/** The detail's meaningful keys in words, joined; the rest (ids, internal codes) left out. */
export function auditDetailText(detail: string | null, t: TFunction): string {
  if (!detail) return ''
  let parsed: unknown
  try {
    parsed = JSON.parse(detail)
  } catch {
    return ''
  }
  if (!parsed || typeof parsed !== 'object') return ''
  const out: string[] = []
  for (const [k, raw] of Object.entries(parsed as Record<string, unknown>)) {
    let v: string | undefined
    if (k === 'colour' && typeof raw === 'string' && COLOURS.includes(raw))
      v = t(`passColours.${raw as 'green'}`)
    else if (k === 'role' && typeof raw === 'string') v = translateKey(`roles.${raw}`, '')
    else if (k === 'slot' && typeof raw === 'string' && SLOTS.includes(raw))
      v = t(`observations.${raw as 'am'}`)
    else if (k === 'fields' && Array.isArray(raw)) v = String(raw.length)
    else if (k === 'reason' && typeof raw === 'string') v = raw
    else if (typeof raw === 'number' || (k === 'date' && typeof raw === 'string')) v = String(raw)
    if (v && translateKey(`auditDetails.${k}`, '')) out.push(t(`auditDetails.${k as 'count'}`, { v }))
  }
  return out.join('；')
}
