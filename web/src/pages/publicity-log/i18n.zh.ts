// 宣传工作台账 texts (zh-CN): per community per day.
export const publicityLog = {
  title: '宣传工作台账',
  entry: '登记当日宣传工作',
  entryHint: '同一社区同一天再次登记将覆盖当天的数字（更正）。',
  community: '社区/村',
  date: '日期',
  banners: '横幅',
  slogans: '标语',
  householdsVisited: '走访户数',
  peopleReached: '走访人数',
  posts: '发布信息',
  articles: '宣传文章',
  chatGroups: '业主群',
  note: '备注',
  saved: '已保存',
  dates: '日期',
}
