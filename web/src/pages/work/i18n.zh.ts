// 社区工作台 and 卡点核验 texts.
export const work = {
  title: '社区工作台',
  intro: '{{scope}}今天要做的事，点开即可处理。',
  alerts: '待处理预警',
  alertsNone: '没有待处理的预警',
  alertsHint: '发热、症状、漏测预警，需要知悉并关闭',
  rounds: '今日测温',
  roundsLeft: '本时段还有 {{n}} 人未测',
  roundsDone: '在观察 {{n}} 人，本时段已测完',
  roundsNone: '辖区今天没有居家观察的人员',
  households: '未走访住户',
  householdsOf: '排查行动“{{name}}”：待走访 {{pending}} 户，无人在家待复访 {{revisit}} 户',
  householdsNone: '没有进行中的扫楼行动',
  declarations: '待核查的健康申报',
  declarationsHint: '今天申报有症状的 {{symptoms}} 份，有外地旅居史的 {{travel}} 份',
  open: '去处理',
  count: '{{n}}',
}

export const gatePage = {
  title: '卡点核验',
  intro: '在卡点扫描居民的通行码或身份证，逐人核验并登记出入。核验页面可离线使用，建议添加到手机主屏幕。',
  open: '打开卡点核验',
  roster: '我的排班',
  paper: '纸质登记补录',
}
