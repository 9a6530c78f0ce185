// The staff module's face: what other modules may use. Everything else in this folder is private.
export { householdTeamResolver, teamAccounts, teamsOfAccounts } from './ownership.service.js'
export { staffCounts, type StaffKind } from './staff.queries.js'
export { addStaffMember, createTeam } from './staff.service.js'
