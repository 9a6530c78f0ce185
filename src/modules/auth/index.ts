// The auth module's face: what other modules may use. Everything else in this folder is private.
export { generatePassword, type PreparedPassword, preparePassword } from './passwords.js'
export { authenticate } from './sessions.service.js'
export { findUser, findUserByUsername } from './users.queries.js'
export {
  enabledUsersWithRoles,
  type UserBrief,
  userIdsWithin,
  userNames,
  usersByIds,
} from './lookups.queries.js'
export {
  assertIndependentApprover,
  changeOwnPassword,
  createUser,
  ensureFirstAdmin,
  getUserInScope,
  lockUser,
  resetPassword,
  searchUsers,
} from './users.service.js'
export { SessionErrors } from './sessions.service.js'
export { UserErrors } from './users.service.js'
