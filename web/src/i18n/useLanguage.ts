// Switching the UI language: i18next, Ant Design (via Root), dayjs, the API's
// Accept-Language and the remembered choice all follow.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { setApiLanguage } from '../api/client'
import { storeLang, type Lang } from './lang'

export function applyLanguage(lang: Lang) {
  storeLang(lang)
  setApiLanguage(lang)
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn')
}

export function useLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  const setLang = useCallback(
    (next: Lang) => {
      applyLanguage(next)
      void i18n.changeLanguage(next)
    },
    [i18n],
  )
  return [lang, setLang]
}
