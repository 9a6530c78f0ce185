// What the passes module (健康通行码, built separately) gives passages: who owns a pass id,
// so that a passage made with a pass is filed under that person (for contact tracing).
export { setPassResolver, type PassResolver } from './prepare.js'
