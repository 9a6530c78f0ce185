// The one clock of the system, and the deployment's time zone that turns its instants into
// local days. Tests move the clock (observation slots end, sessions expire) without waiting;
// the zone is set once at start from the config (installModules).
import { localDate } from '../shared/days.js'

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

let zone = 'Asia/Shanghai'

/** Called once at start with config.timeZone (and by tests that try another zone). */
export function setTimeZone(timeZone: string): void {
  zone = timeZone
}

/** The deployment's time zone (LIANFANG_TIME_ZONE). */
export const timeZone = (): string => zone

/** Today (or the day of `ms`) in the deployment's time zone, YYYY-MM-DD. */
export const today = (ms: number = now()): string => localDate(ms, zone)
