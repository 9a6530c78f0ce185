// The UI language: Chinese first, English second; the choice is remembered in this browser
// and shared by the admin app and the light entries.
export const LANGS = ['zh-CN', 'en'] as const
export type Lang = (typeof LANGS)[number]
const KEY = 'lianfang.lang'

export function storedLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY)
    return saved === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export function storeLang(lang: Lang) {
  try {
    localStorage.setItem(KEY, lang)
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang
}
