// 机动车号牌: mainland China plate numbers (GA 36-2018), browser-safe for the gate page.
// Regular plates are a province character, the issuing office's letter and five letters or
// digits; new-energy plates (新能源) have six after the letter: small ones start with the
// energy letter (D/A/B/C/E pure electric, F/G/H/J/K other), large ones end with D or F.

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
// I and O are never used: they read as 1 and 0.
const L = 'A-HJ-NP-Z'
const AN = `${L}0-9`

const REGULAR = new RegExp(`^[${PROVINCES}][${L}][${AN}]{4}[${AN}挂学警港澳]$`)
const NEW_ENERGY_SMALL = new RegExp(`^[${PROVINCES}][${L}][DABCEFGHJK][${AN}]\\d{4}$`)
const NEW_ENERGY_LARGE = new RegExp(`^[${PROVINCES}][${L}]\\d{5}[DF]$`)
// 使馆 / 领馆 plates: 使 + six digits, or province + letter + four digits + 领
const EMBASSY = /^使\d{6}$/
const CONSULATE = new RegExp(`^[${PROVINCES}][${L}]\\d{4}领$`)

export type PlateKind = 'regular' | 'new_energy' | 'special'

export interface PlateCheck {
  plate: string
  kind: PlateKind
}

/** Upper case, no spaces, dots or dashes: "闽A·12345" → "闽A12345". */
export const normalizePlate = (raw: string) => raw.replace(/[\s·•.\-－]/g, '').toUpperCase()

/** The normalised plate and its kind, or null when it is not a mainland plate number. */
export function checkPlate(raw: string): PlateCheck | null {
  const plate = normalizePlate(raw)
  if (NEW_ENERGY_SMALL.test(plate) || NEW_ENERGY_LARGE.test(plate)) return { plate, kind: 'new_energy' }
  if (REGULAR.test(plate)) return { plate, kind: /[挂学警港澳]$/.test(plate) ? 'special' : 'regular' }
  if (EMBASSY.test(plate) || CONSULATE.test(plate)) return { plate, kind: 'special' }
  return null
}

export const isPlate = (raw: string) => checkPlate(raw) !== null
