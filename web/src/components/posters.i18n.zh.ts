// 场所码海报 texts (zh-CN): downloading printable posters from the region and checkpoint pages.
export const posters = {
  pdf: '海报 PDF',
  png: '海报图片 PNG',
  hint: 'A4 纸打印，张贴在小区门口或卡点；居民扫码即可健康申报',
  all: '全部场所海报（PDF）',
  allHint: '本区域内每个小区、自然村、村和卡点各一页，合成一个 PDF',
}
