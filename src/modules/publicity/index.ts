// The publicity module's face: what other modules may use. Everything else in this folder is private.
export { publicityCounts, type PublicityFigures, recordActivity } from './activity.service.js'
export { type BulletinSource, dailyBulletin } from './bulletin.js'
export { type NoticeKind } from './notices.queries.js'
export { approveNotice, draftNotice, publishNotice } from './notices.service.js'
