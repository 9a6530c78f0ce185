// The situation report as a government-style daily sheet, printed on A4: title, date, one
// table with every figure the dashboard shows and its change since the day before, then a
// second sheet with the breakdown by street and community.
import ExcelJS from 'exceljs'
import type { SituationReport } from './report.service.js'
import type { BreakdownRow } from './breakdown.service.js'

type Figure = [label: string, path: string]

/** Every figure of the report, as the dashboard groups them (dotted paths into the report). */
export const SHEET_FIGURES: [group: string, figures: Figure[]][] = [
  [
    '宣传发动',
    [
      ['横幅', 'publicity.banners'],
      ['标语', 'publicity.slogans'],
      ['走访户数', 'publicity.householdsVisited'],
      ['走访人数', 'publicity.peopleReached'],
      ['发布信息', 'publicity.posts'],
      ['宣传文章', 'publicity.articles'],
      ['业主群', 'publicity.chatGroups'],
    ],
  ],
  [
    '摸排',
    [
      ['排查人数', 'peopleScreened'],
      ['电话排查号码', 'phoneNumbersScreened'],
      ['电话排查接通', 'phoneNumbersReached'],
      ['重点人员建档', 'keyPersonsFiled'],
    ],
  ],
  [
    '力量动员',
    [
      ['党员', 'partyMembers'],
      ['下沉干部', 'dispatchedCadres'],
      ['志愿者', 'volunteers'],
      ['社工', 'socialWorkers'],
      ['医护人员', 'medics'],
    ],
  ],
  [
    '卡点设置',
    [
      ['村卡点', 'checkpoints.village'],
      ['社区卡点', 'checkpoints.community'],
      ['道路卡点', 'checkpoints.road'],
      ['小区卡点', 'checkpoints.compound'],
    ],
  ],
  [
    '卡点通行',
    [
      ['累计通行', 'passages.total'],
      ['当日通行', 'passages.today'],
      ['累计发热', 'passages.fevers'],
      ['累计劝返', 'passages.denied'],
    ],
  ],
  [
    '居家医学观察',
    [
      ['累计观察', 'observation.cumulative'],
      ['累计解除', 'observation.released'],
      ['仍在观察', 'observation.current'],
      ['当日新增', 'observation.newToday'],
      ['当日解除', 'observation.releasedToday'],
    ],
  ],
  [
    '暖心服务',
    [
      ['服务户数', 'care.households'],
      ['服务次数', 'care.times'],
    ],
  ],
  [
    '心理援助热线',
    [
      ['累计来电', 'hotline.calls'],
      ['当日来电', 'hotline.callsToday'],
      ['转介', 'hotline.referrals'],
    ],
  ],
  [
    '社工服务',
    [
      ['线下服务', 'socialWork.offline'],
      ['电话服务', 'socialWork.phone'],
      ['线上服务', 'socialWork.online'],
      ['受益人次', 'socialWork.beneficiaries'],
    ],
  ],
]

export const BREAKDOWN_COLUMNS: [label: string, key: keyof BreakdownRow][] = [
  ['仍在观察', 'observing'],
  ['当日新增', 'newToday'],
  ['当日解除', 'releasedToday'],
  ['累计观察', 'cumulative'],
  ['当日发热预警', 'feverAlertsToday'],
  ['重点人员', 'keyPersonsFiled'],
  ['排查人数', 'peopleScreened'],
  ['当日通行', 'passagesToday'],
]

export const figureAt = (r: SituationReport, path: string): number =>
  Number(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], r) ?? 0)

const thin = { style: 'thin' } as const
const border = { top: thin, left: thin, bottom: thin, right: thin }

/** A4 portrait, fitted to the page's width, the table's header repeated on each page. */
function forA4(ws: ExcelJS.Worksheet, headerRow: number) {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  }
  ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' }
}

function title(ws: ExcelJS.Worksheet, text: string, sub: string, lastColumn: string) {
  ws.mergeCells(`A1:${lastColumn}1`)
  ws.getCell('A1').value = text
  ws.getCell('A1').font = { size: 16, bold: true }
  ws.getCell('A1').alignment = { horizontal: 'center' }
  ws.mergeCells(`A2:${lastColumn}2`)
  ws.getCell('A2').value = sub
  ws.getCell('A2').alignment = { horizontal: 'center' }
}

export async function reportWorkbook(
  r: SituationReport,
  previous: SituationReport,
  breakdown: BreakdownRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('态势报告')
  ws.columns = [{ width: 16 }, { width: 22 }, { width: 14 }, { width: 14 }]
  title(ws, `${r.region.name}疫情防控工作日报`, `统计截至：${r.asOf}`, 'D')
  const header = ws.addRow(['类别', '项目', '数量', '较前一日'])
  header.font = { bold: true }
  for (const [group, figures] of SHEET_FIGURES) {
    const first = ws.rowCount + 1
    for (const [label, path] of figures) {
      const now = figureAt(r, path)
      const change = now - figureAt(previous, path)
      const row = ws.addRow([group, label, now, change])
      row.getCell(4).numFmt = '+0;-0;0'
    }
    if (figures.length > 1) ws.mergeCells(`A${first}:A${ws.rowCount}`)
    ws.getCell(`A${first}`).alignment = { vertical: 'middle' }
  }
  ws.eachRow((row, n) => {
    if (n >= 3) row.eachCell((cell) => (cell.border = border))
  })
  forA4(ws, 3)

  const bs = wb.addWorksheet('分区统计')
  bs.columns = [{ width: 22 }, ...BREAKDOWN_COLUMNS.map(() => ({ width: 11 }))]
  const last = String.fromCharCode(65 + BREAKDOWN_COLUMNS.length)
  title(bs, `${r.region.name}分街道、社区统计`, `统计截至：${r.asOf}`, last)
  const head = bs.addRow(['区划', ...BREAKDOWN_COLUMNS.map(([label]) => label)])
  head.font = { bold: true }
  head.alignment = { wrapText: true, vertical: 'middle' }
  for (const row of breakdown) {
    const added = bs.addRow([row.name, ...BREAKDOWN_COLUMNS.map(([, key]) => row[key] as number)])
    if (row.parentId) added.getCell(1).alignment = { indent: 2 }
    else added.font = { bold: true }
  }
  bs.eachRow((row, n) => {
    if (n >= 3) row.eachCell((cell) => (cell.border = border))
  })
  forA4(bs, 3)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
