// Social-work texts (English).
import type { Messages } from '../../i18n/types'
import type { socialWork as zh } from './i18n.zh'

export const socialWork: Messages<typeof zh> = {
  services: 'Services',
  agenciesAndWorkers: 'Agencies and social workers',
  newService: 'Record a service',
  date: 'Date',
  region: 'Region',
  worker: 'Social worker',
  agency: 'Agency',
  channel: 'Channel',
  channels: { offline: 'Offline', phone: 'By phone', online: 'Online' },
  topic: 'Topic',
  beneficiaries: 'Beneficiaries',
  note: 'Note',
  agencies: 'Agencies',
  newAgency: 'Add agency',
  agencyName: 'Agency name',
  workers: 'Social workers',
  newWorker: 'Add social worker',
  workerName: 'Name',
  account: 'Account',
  noAgency: '(none)',
  saved: 'Saved',
  deleted: 'Deleted',
  delete: 'Delete',
  deleteConfirm: 'Delete this service record?',
  dates: 'Dates',
}
