// i18next for the admin app: one catalogue per language, typed keys (i18next.d.ts).
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Role } from '../api/types'
import * as en from './en'
import { storedLang, storeLang, type Lang } from './lang'
import type { Messages } from './types'
import * as zh from './zh-CN'

// Every group of zh-CN exists in en; roles cover every role the API knows.
const _sameGroups: Messages<typeof zh> = en
const _everyRole: Record<Role, string> = zh.roles
void _sameGroups
void _everyRole

export const resources = {
  'zh-CN': { translation: { ...zh } },
  en: { translation: { ...en } },
} as const

export async function initI18n(): Promise<Lang> {
  const lng = storedLang()
  storeLang(lng)
  await i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return lng
}

export type ErrorCode = keyof typeof zh.errors
export const isKnownError = (code: string): code is ErrorCode => Object.hasOwn(zh.errors, code)

export { i18n }

/** A key built at run time (an audit action, say): its text when the catalogue has it, else the fallback. */
export function translateKey(key: string, fallback: string): string {
  return i18n.exists(key) ? String(i18n.t(key as never)) : fallback
}
