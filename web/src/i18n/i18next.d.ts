import 'i18next'
import type * as zh from './zh-CN'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof zh }
    returnNull: false
  }
}
