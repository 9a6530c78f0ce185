// API errors shown in the user's language: the catalogue's text for the error code.
import { App } from 'antd'
import type { TFunction } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { i18n, isKnownError } from '../i18n'

export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) {
    console.error(error)
    return t('errors.INTERNAL')
  }
  if (!isKnownError(error.code)) return error.message || t('errors.INTERNAL')
  // A text with {{…}} needs details only the server has (which field, how many minutes):
  // then the server's own message, already in the UI language, says it better.
  const template = String(i18n.getResource(i18n.language, 'translation', `errors.${error.code}`) ?? '')
  if (template.includes('{{') && error.message) return error.message
  return t(`errors.${error.code}`)
}

/** A function that shows any thrown error as a message. */
export function useShowError(): (error: unknown) => void {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return useCallback((error: unknown) => void message.error(errorText(t, error)), [t, message])
}
