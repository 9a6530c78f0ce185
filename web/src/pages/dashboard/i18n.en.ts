// Situation report texts (English).
import type { Messages } from '../../i18n/types'
import type { dashboard as zh } from './i18n.zh'

export const dashboard: Messages<typeof zh> = {
  title: 'Situation report',
  asOf: 'As of',
  region: 'Region',
  download: 'Download daily report (Excel)',
  groups: {
    publicity: 'Publicity',
    screening: 'Screening',
    mobilisation: 'Mobilisation',
    checkpoints: 'Checkpoints',
    observation: 'Home medical observation',
    care: 'Care for quarantined households',
    hotline: 'Psychological hotline',
    socialWork: 'Social work',
  },
  figures: {
    publicity: {
      banners: 'Banners',
      slogans: 'Slogans',
      householdsVisited: 'Households visited',
      peopleReached: 'People reached',
      posts: 'Posts',
      articles: 'Articles',
      chatGroups: 'Chat groups',
    },
    screening: {
      peopleScreened: 'People screened',
      phoneNumbersScreened: 'Phone numbers screened',
      keyPersonsFiled: 'Key persons filed',
    },
    mobilisation: {
      partyMembers: 'Party members',
      dispatchedCadres: 'Dispatched cadres',
      volunteers: 'Volunteers',
      socialWorkers: 'Social workers',
      medics: 'Medics',
    },
    checkpoints: { village: 'Village', community: 'Community', road: 'Road', compound: 'Compound' },
    observation: {
      cumulative: 'Cumulative',
      released: 'Released',
      current: 'Still observed',
      newToday: 'New that day',
      releasedToday: 'Released that day',
    },
    care: { households: 'Households helped', times: 'Times helped' },
    hotline: { calls: 'Calls', callsToday: 'Calls that day', referrals: 'Referrals' },
    socialWork: { offline: 'Offline', phone: 'By phone', online: 'Online', beneficiaries: 'Beneficiaries' },
  },
  charts: {
    observations: 'Observations started and released, last {{days}} days',
    started: 'Started',
    released: 'Released',
    passages: 'Checkpoint passages per hour on {{date}}',
    in: 'In',
    out: 'Out',
    alerts: 'Alerts, last {{days}} days',
    fever: 'Fever',
    symptoms: 'Symptoms',
    missedSlot: 'Missed reading',
  },
}
