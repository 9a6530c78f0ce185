// Realistic roster rows for bench:import: valid resident IDs and mobiles, Chinese names,
// addresses spread over 200 compounds (4 towns × 10 communities × 5 compounds).
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { residentIdCheckDigit } from '../src/shared/identity.js'

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常'
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏宇浩俊晨欣怡婷雪琳嘉子涵梓轩一诺依欣'
const TOWNS = ['罗星街道', '马尾镇', '亭江镇', '琅岐镇']
const AREA_CODES = ['350105', '350102', '350103', '350104', '350111', '420106', '330302']
const WORK = ['马尾造船厂', '福州港务', '东南汽车', '', '', '个体', '马尾区人民医院', '']
const RESIDENCE = ['户籍', '户籍', '户籍', '暂住', '流动']

export const HEADER = '姓名,身份证号,手机号,性别,街道,社区,小区,楼栋,房号,户籍类型,工作单位'

const pick = <T>(list: ArrayLike<T>, n: number) => list[n % list.length]

/** Row i (0-based): deterministic, every document and phone unique up to 27 M rows. */
export function rosterRow(i: number): string {
  const day = i % 27_000 // days from 1940-01-01, about 74 years
  const birth = new Date(Date.UTC(1940, 0, 1 + day))
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '')
  const first17 = `${pick(AREA_CODES, i >> 3)}${ymd}${String(Math.floor(i / 27_000) % 1000).padStart(3, '0')}`
  const id = first17 + residentIdCheckDigit(first17)
  const sex = Number(first17[16]) % 2 === 1 ? '男' : '女'
  const name = pick(SURNAMES, i * 7) + pick(GIVEN, i * 13) + (i % 3 ? pick(GIVEN, i * 17 + 5) : '')
  const phone = `1${pick('3578', i)}${String(100_000_000 + i).slice(-9)}`
  const compound = (i >> 4) % 200
  const town = TOWNS[compound % 4]
  const community = `${town.slice(0, 2)}第${Math.floor(compound / 4) % 10}社区`
  const building = `${1 + ((i >> 2) % 20)}号楼`
  const room = `${1 + (i % 18)}0${1 + ((i >> 1) % 4)}`
  return [
    name,
    id,
    phone,
    sex,
    town,
    community,
    `${community.slice(0, 3)}小区${compound}`,
    building,
    room,
    pick(RESIDENCE, i),
    pick(WORK, i * 3),
  ].join(',')
}

export async function writeRoster(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file)
  out.write(HEADER + '\n')
  const CHUNK = 5000
  for (let i = 0; i < rows; i += CHUNK) {
    const lines: string[] = []
    for (let j = i; j < Math.min(i + CHUNK, rows); j++) lines.push(rosterRow(j))
    if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
