// Made-up but valid people: Chinese names, 18-digit resident ID numbers with Fuzhou area
// codes (350105 is 马尾区) and a correct check digit, and mobile numbers of the three
// carriers. Registry phones and the carriers' call lists never share a number.
import { residentIdCheckDigit } from '../shared/identity.js'
import type { Rng } from './rng.js'

const SURNAMES = [...'林陈黄郑王李张刘吴杨许何游魏郭江叶蔡周潘朱徐高卓詹方庄曾翁施谢邱余柯阮赖康董邓薛丁']
const GIVEN = [
  ...'建国华明丽芳秀英玉兰伟强军平志勇春梅金水木清榕闽海涛雪琳婷静敏慧杰鹏辉宇航晨欣怡佳琪子涵梓萱浩然思远文博嘉炜依诺',
]

export function chineseName(rng: Rng): string {
  const one = rng.chance(0.3)
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (one ? '' : rng.pick(GIVEN))
}

/** 马尾区 and the rest of 福州; 4201 (武汉) for some people from Hubei. */
export const FUZHOU_AREAS = [
  '350105',
  '350105',
  '350105',
  '350102',
  '350103',
  '350104',
  '350111',
  '350121',
  '350122',
]
export const WUHAN_AREAS = ['420102', '420103', '420106', '420111']
export const WENZHOU_AREAS = ['330302', '330303', '330304']

const pad = (n: number, w: number) => String(n).padStart(w, '0')

export class IdentityMaker {
  private ids = new Set<string>()
  private phones = new Set<string>()
  constructor(private rng: Rng) {}

  residentId(areas: readonly string[] = FUZHOU_AREAS, age?: [number, number]): string {
    for (;;) {
      const [lo, hi] = age ?? [1, 88]
      const year = 2020 - this.rng.int(lo, hi)
      const month = this.rng.int(1, 12)
      const day = this.rng.int(1, 28)
      const first17 =
        this.rng.pick(areas) + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(this.rng.int(0, 999), 3)
      const id = first17 + residentIdCheckDigit(first17)
      if (!this.ids.has(id)) {
        this.ids.add(id)
        return id
      }
    }
  }

  /**
   * A mobile of one carrier. The fourth digit keeps the two worlds apart: 0–4 for people
   * on the registry, 5–9 for the carriers' lists (so an imported number is never "known").
   */
  mobile(kind: 'registry' | 'list', carrier: Carrier = this.rng.pick(CARRIERS)): string {
    for (;;) {
      const prefix = this.rng.pick(PREFIXES[carrier])
      const fourth = kind === 'registry' ? this.rng.int(0, 4) : this.rng.int(5, 9)
      const phone = prefix + fourth + pad(this.rng.int(0, 9_999_999), 7)
      if (!this.phones.has(phone)) {
        this.phones.add(phone)
        return phone
      }
    }
  }
}

export const CARRIERS = ['中国移动', '中国联通', '中国电信'] as const
export type Carrier = (typeof CARRIERS)[number]
const PREFIXES: Record<Carrier, string[]> = {
  中国移动: [
    '134',
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '157',
    '158',
    '159',
    '182',
    '187',
    '188',
  ],
  中国联通: ['130', '131', '132', '155', '156', '185', '186'],
  中国电信: ['133', '153', '180', '181', '189'],
}
