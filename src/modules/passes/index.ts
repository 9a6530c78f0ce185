// The passes module's face: what other modules may use. Everything else in this folder is private.
export { worse } from './colour-rules.js'
export { evaluateColour, recomputeColour } from './colour.service.js'
export { ensureSigningKey } from './keys.service.js'
export { findPass, passOwners } from './pass.queries.js'
export { issuePass, personOfDevice, registerDevice } from './pass.service.js'
export { checkScannedPass, type ScannedPass } from './scan.service.js'
export { IssuedPassSchema } from './passes.schema.js'
export { type PassSettings } from './passes.settings.js'
