// The admin app's Ant Design theme: colours that reach WCAG 2.1 AA contrast (4.5:1 for text)
// on white and on antd's light backgrounds. antd's defaults do not: #1677ff on white is 4.1:1,
// its secondary greys 3.4:1, white on its success green 2.3:1, its green, orange and gold tags
// 2.8 to 3.4:1 (a11y.css darkens those).
import type { ThemeConfig } from 'antd'
import './a11y.css'

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9', // 6.2:1 on white
    colorLink: '#0958d9',
    colorError: '#cf1322', // 5.6:1
    colorSuccess: '#237804', // 5.4:1 on its light background
    colorWarning: '#ad4e00', // 5.1:1 on its light background
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)', // #616161: 6.2:1
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
}
