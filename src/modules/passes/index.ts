// The passes module's face: what other modules may use. Everything else in this folder is private.
export { type Colour, worse } from './colour-rules.js'
export { evaluateColour, recomputeColour } from './colour.service.js'
export { deploymentPublicKey, ensureSigningKey, signAsDeployment } from './keys.service.js'
export { findPass, passOwners } from './pass.queries.js'
export { issuePass, type IssuedPass, signClaimantPass } from './pass.service.js'
export { deviceForDeclaration, personOfDevice, revokeOtherDevices } from './device.service.js'
export { IssuedPassSchema } from './passes.schema.js'
export { type PassSettings } from './passes.settings.js'
