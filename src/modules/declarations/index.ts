// The declarations module's face: what other modules may use. Everything else in this folder is private.
export { type Symptom, SYMPTOMS } from './declarations.queries.js'
export { recordDeclaration } from './declarations.service.js'
export { type HealthInput } from './declarations.schema.js'
export { declareAsResident } from './resident.service.js'
