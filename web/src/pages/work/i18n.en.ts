// Work list and gate texts (English), typed against the zh-CN ones.
import type { Messages } from '../../i18n/types'
import type * as zh from './i18n.zh'

export const work: Messages<typeof zh.work> = {
  title: 'Community work list',
  intro: 'What {{scope}} has to do today; open one to handle it.',
  alerts: 'Alerts to handle',
  alertsNone: 'No alerts waiting',
  alertsHint: 'Fever, symptom and missed-reading alerts to acknowledge and close',
  rounds: 'Today’s readings',
  roundsLeft: '{{n}} still to measure in this slot',
  roundsDone: '{{n}} under observation, all measured in this slot',
  roundsNone: 'Nobody in the area is under home observation today',
  households: 'Households not yet reached',
  householdsOf: 'Campaign “{{name}}”: {{pending}} to visit, {{revisit}} nobody home, to revisit',
  householdsNone: 'No door-to-door campaign under way',
  declarations: 'Declarations to check',
  declarationsHint: 'Today: {{symptoms}} with symptoms, {{travel}} with travel',
  open: 'Open',
  count: '{{n}}',
}

export const gatePage: Messages<typeof zh.gatePage> = {
  title: 'Checkpoint',
  intro:
    'Scan residents’ passes or ID cards at the checkpoint, one by one, and record each passage. The checkpoint page works offline; add it to the phone’s home screen.',
  open: 'Open the checkpoint',
  roster: 'My shifts',
  paper: 'Type in a paper register',
}
