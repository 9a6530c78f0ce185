// Place poster texts (English).
import type { Messages } from '../i18n/types'
import type { posters as zh } from './posters.i18n.zh'

export const posters: Messages<typeof zh> = {
  pdf: 'Poster PDF',
  png: 'Poster PNG',
  hint: 'Print on A4 and put it up at the compound gate or checkpoint; residents scan it to declare',
  all: 'All place posters (PDF)',
  allHint: 'One page for each compound, village and checkpoint in this area, in one PDF',
}
