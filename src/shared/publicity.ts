// 宣传工作: the figures a community enters for a day and the situation report sums, in the
// order the source case's report lists them.
export const PUBLICITY_FIGURES = [
  'banners', // 横幅
  'slogans', // 标语
  'householdsVisited', // 入户走访户数
  'peopleReached', // 覆盖人数
  'posts', // 公众号/群推文
  'articles', // 宣传文章
  'chatGroups', // 新建业主群
] as const
export type PublicityFigure = (typeof PUBLICITY_FIGURES)[number]
export type PublicityFigures = Record<PublicityFigure, number>
