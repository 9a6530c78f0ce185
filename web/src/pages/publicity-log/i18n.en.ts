// Publicity log texts (English).
import type { Messages } from '../../i18n/types'
import type { publicityLog as zh } from './i18n.zh'

export const publicityLog: Messages<typeof zh> = {
  title: 'Publicity log',
  entry: 'Enter a day’s publicity work',
  entryHint: 'Entering the same community and day again replaces that day’s figures (a correction).',
  community: 'Community or village',
  date: 'Date',
  banners: 'Banners',
  slogans: 'Slogans',
  householdsVisited: 'Households visited',
  peopleReached: 'People reached',
  posts: 'Posts',
  articles: 'Articles',
  chatGroups: 'Chat groups',
  note: 'Note',
  saved: 'Saved',
  dates: 'Dates',
}
