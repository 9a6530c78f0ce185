// The situation report as a government-style daily sheet: title, date, one table of figures.
import ExcelJS from 'exceljs'
import type { SituationReport } from './report.service.js'

export async function reportWorkbook(r: SituationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('态势报告')
  ws.columns = [{ width: 18 }, { width: 28 }, { width: 16 }]
  ws.mergeCells('A1:C1')
  ws.getCell('A1').value = `${r.region.name}疫情防控工作日报`
  ws.getCell('A1').font = { size: 16, bold: true }
  ws.getCell('A1').alignment = { horizontal: 'center' }
  ws.mergeCells('A2:C2')
  ws.getCell('A2').value = `统计截至：${r.asOf}`
  ws.getCell('A2').alignment = { horizontal: 'center' }
  ws.addRow(['类别', '项目', '数量']).font = { bold: true }
  const rows: [string, string, number][] = [
    ['摸排', '排查人数', r.peopleScreened],
    ['摸排', '电话排查号码', r.phoneNumbersScreened],
    ['摸排', '重点人员建档', r.keyPersonsFiled],
    ['卡点', '村卡点', r.checkpoints.village],
    ['卡点', '社区卡点', r.checkpoints.community],
    ['卡点', '道路卡点', r.checkpoints.road],
    ['卡点', '小区卡点', r.checkpoints.compound],
    ['居家医学观察', '累计', r.observation.cumulative],
    ['居家医学观察', '已解除', r.observation.released],
    ['居家医学观察', '仍在观察', r.observation.current],
    ['居家医学观察', '今日新增', r.observation.newToday],
    ['居家医学观察', '今日解除', r.observation.releasedToday],
    ['暖心服务', '服务户数', r.care.households],
    ['暖心服务', '服务次数', r.care.times],
    ['社工服务', '线下', r.socialWork.offline],
    ['社工服务', '电话', r.socialWork.phone],
    ['社工服务', '线上', r.socialWork.online],
    ['社工服务', '受益人次', r.socialWork.beneficiaries],
    ['心理热线', '来电', r.hotline.calls],
    ['力量动员', '党员', r.partyMembers],
    ['力量动员', '下沉干部', r.dispatchedCadres],
    ['力量动员', '志愿者', r.volunteers],
  ]
  for (const row of rows) ws.addRow(row)
  ws.eachRow((row, n) => {
    if (n < 3) return
    row.eachCell(
      (cell) =>
        (cell.border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        }),
    )
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
