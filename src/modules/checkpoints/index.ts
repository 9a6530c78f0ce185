// The checkpoints module's face: what other modules may use. Everything else in this folder is private.
export { checkpointNames, type CheckpointType } from './checkpoints.queries.js'
export { createCheckpoint, getCheckpointInScope, listCheckpoints } from './checkpoints.service.js'
export { checkpointIdsWithin, checkpointTypeCounts } from './counts.js'
export { addShift } from './rosters.service.js'
export { CheckpointErrors } from './checkpoints.service.js'
