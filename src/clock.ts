// The one clock of the system. Tests move it (observation slots end, sessions expire)
// without waiting.
let offsetMs = 0
let fixedMs: number | undefined

export const now = (): number => (fixedMs ?? Date.now()) + offsetMs

export function setClock(at: Date | number | undefined): void {
  fixedMs = at === undefined ? undefined : +at
  offsetMs = 0
}

export function advanceClock(ms: number): void {
  offsetMs += ms
}
