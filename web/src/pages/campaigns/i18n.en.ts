import type { Messages } from '../../i18n/types'
import type * as zh from './i18n.zh'

export const campaigns: Messages<typeof zh.campaigns> = {
  title: 'Screening campaigns',
  create: 'New campaign',
  name: 'Name',
  kind: 'Kind',
  region: 'Area',
  sweep: 'Building sweep',
  phone: 'Phone screening',
  status: 'Status',
  open: 'Open',
  closed: 'Closed',
  created: 'Created with {{n}} households',
  choose: 'Choose a campaign',
  none: 'No open campaigns',
  households: 'households',
  coverage: 'Coverage',
  progress: 'Progress',
}

export const sweep: Messages<typeof zh.sweep> = {
  title: 'Door-to-door visits',
  onlyMine: 'Only mine',
  toVisit: 'To visit',
  revisit: 'Revisit',
  visited: 'Visited',
  nobody_home: 'Nobody home',
  refused: 'Refused',
  pending: 'To visit',
  seen: 'People seen',
  noResidents: 'Nobody of this household is registered yet',
  recorded: '{{address}}: recorded',
  done: 'Every household of this list is visited',
}

export const calls: Messages<typeof zh.calls> = {
  title: 'Phone screening',
  next: 'Next number',
  dial: 'Call',
  finished: 'Your list is done',
  carrier: 'Carrier',
  homeRegion: 'Home region',
  arrival: 'Arrival',
  round: 'Round {{round}}',
  note: 'What was learnt',
  callBack: 'Call back later (in 1 h)',
  reached: 'Reached',
  no_answer: 'No answer',
  switched_off: 'Switched off',
  wrong_number: 'Wrong number',
  refused: 'Refused',
  not_in_area: 'Not in the area',
  recorded: 'Recorded',
}
