// Rules of the rounds: the fever line (a deployment sets it, LIANFANG_FEVER_THRESHOLD) and the
// hours of the two daily slots (测温时段, fixed). Services take them as a parameter; defaults
// live here.
import type { Config } from '../../config.js'
import { localDate, localHour, localInstant } from '../../shared/days.js'

export type Slot = 'am' | 'pm'
export const SLOTS: readonly Slot[] = ['am', 'pm']

export interface SlotHours {
  /** local hour the slot opens */
  start: number
  /** local hour by which a reading must be in: after it the slot counts as missed */
  end: number
}

export interface ObservationSettings {
  timeZone: string
  /** 发热: a reading at or above this (°C) is a fever */
  feverThreshold: number
  slots: Record<Slot, SlotHours>
  /** period when neither the caller nor a risk area gives one */
  defaultDays: number
}

export const DEFAULT_FEVER_THRESHOLD = 37.3

export const DEFAULT_SETTINGS: ObservationSettings = {
  timeZone: 'Asia/Shanghai',
  feverThreshold: DEFAULT_FEVER_THRESHOLD,
  slots: { am: { start: 6, end: 12 }, pm: { start: 12, end: 20 } },
  defaultDays: 14,
}

export function settingsFrom(config: Config): ObservationSettings {
  return { ...DEFAULT_SETTINGS, timeZone: config.timeZone, feverThreshold: config.feverThreshold }
}

/** The slot an instant falls in: before the morning slot ends it is am, after it pm. */
export function slotAt(ms: number, s: ObservationSettings): { date: string; slot: Slot } {
  return { date: localDate(ms, s.timeZone), slot: localHour(ms, s.timeZone) < s.slots.am.end ? 'am' : 'pm' }
}

/** The instant a slot of a local day closes. */
export const slotEnd = (date: string, slot: Slot, s: ObservationSettings) =>
  localInstant(date, s.slots[slot].end, s.timeZone)

export const isFever = (temperature: number, s: ObservationSettings) => temperature >= s.feverThreshold
