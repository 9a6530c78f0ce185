// 纸质登记表: the blank register a checkpoint keeps for when the phone or the network fails.
// One A4 landscape sheet per page, 20 rows each, columns in the order the paper entry page
// asks for them, so typing it in afterwards follows the sheet left to right.

export const ROWS_PER_PAGE = 20

export interface PaperSheet {
  checkpointName: string
  regionName: string
  /** YYYY-MM-DD, local */
  date: string
  pages: number
  feverThreshold: number
}

const COLUMNS: [string, string][] = [
  ['序号', '4%'],
  ['时间', '7%'],
  ['姓名', '9%'],
  ['证件号码', '19%'],
  ['联系电话', '12%'],
  ['体温(℃)', '7%'],
  ['进/出', '8%'],
  ['车牌号', '10%'],
  ['同行人数', '7%'],
  ['本人签名', '17%'],
]

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const STYLE = `
@page { size: A4 landscape; margin: 8mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #000; }
.sheet { page-break-after: always; break-after: page; padding: 2mm 0 0; }
.sheet:last-of-type { page-break-after: auto; break-after: auto; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 3mm; letter-spacing: 2pt; }
.meta { display: flex; justify-content: space-between; font-size: 11pt; margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; }
th, td { border: 1px solid #000; height: 6.8mm; padding: 0 1mm; text-align: center; white-space: nowrap; overflow: hidden; }
th { background: #eee; height: 8mm; }
td.in-out { color: #555; font-size: 9pt; }
.foot { display: flex; justify-content: space-between; font-size: 10pt; margin-top: 2mm; }
.print { position: fixed; top: 8px; right: 8px; font-size: 14px; padding: 6px 16px; }
@media print { .print { display: none; } }
`

function sheet(s: PaperSheet, page: number): string {
  const [y, m, d] = s.date.split('-').map(Number)
  const rows = Array.from({ length: ROWS_PER_PAGE }, (_, i) => {
    const n = (page - 1) * ROWS_PER_PAGE + i + 1
    const cells = COLUMNS.map(([title]) =>
      title === '序号'
        ? `<td>${n}</td>`
        : title === '进/出'
          ? '<td class="in-out">进 □ 出 □</td>'
          : '<td></td>',
    )
    return `<tr>${cells.join('')}</tr>`
  })
  return `<section class="sheet">
<h1>卡点出入登记表</h1>
<div class="meta"><span>卡点：${escapeHtml(`${s.regionName} · ${s.checkpointName}`)}</span>
<span>日期：${y} 年 ${m} 月 ${d} 日</span><span>第 ${page} 页 / 共 ${s.pages} 页</span></div>
<table><colgroup>${COLUMNS.map(([, w]) => `<col style="width:${w}">`).join('')}</colgroup>
<thead><tr>${COLUMNS.map(([t]) => `<th>${t}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<div class="foot"><span>体温 ≥ ${s.feverThreshold}℃ 请引导至留观点并报告；证件号码逐位写清。</span>
<span>值守人员签名：________________ &emsp;交班时间：________</span></div>
</section>`
}

/** The printable page: open it, print (A4 landscape), hang it at the gate. */
export function paperRegisterHtml(s: PaperSheet): string {
  const title = `${s.checkpointName} 出入登记表 ${s.date}`
  const sheets = Array.from({ length: s.pages }, (_, i) => sheet(s, i + 1))
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><button class="print" onclick="window.print()">打印</button>
${sheets.join('\n')}
</body></html>`
}
