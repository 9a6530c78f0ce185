// The red rule's fact: a case status set by staff (病例状态).
import type { Registry } from '../../core/registry.js'
import { findCaseStatus } from './passes.queries.js'

export const CASE_STATUS_TEXT: Record<string, { zh: string; en: string }> = {
  confirmed: { zh: '确诊病例', en: 'Confirmed case' },
  suspected: { zh: '疑似病例', en: 'Suspected case' },
  central_quarantine: { zh: '正在集中隔离', en: 'Under central quarantine' },
}

export function registerCaseFacts(registry: Registry) {
  registry.colourFact('case_status', {
    zh: '病例状态（确诊、疑似、集中隔离）为所列之一',
    en: 'case status (confirmed, suspected, central quarantine) is one of those listed',
    check: async (db, personId, _ctx, params) => {
      const row = await findCaseStatus(db, personId)
      const allowed = Array.isArray(params.in) ? (params.in as string[]) : Object.keys(CASE_STATUS_TEXT)
      if (!row || !allowed.includes(row.status) || !CASE_STATUS_TEXT[row.status]) return false
      return { vars: { status: CASE_STATUS_TEXT[row.status].zh, statusEn: CASE_STATUS_TEXT[row.status].en } }
    },
  })
}
