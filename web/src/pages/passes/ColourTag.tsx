// A pass colour as a tag in its own colour (绿码 / 黄码 / 红码).
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { isColour } from './types'

const TAG = { green: 'green', yellow: 'gold', red: 'red' } as const

export function ColourTag({ colour, large }: { colour: string; large?: boolean }) {
  const { t } = useTranslation()
  if (!isColour(colour)) return <Tag>{colour}</Tag>
  return (
    <Tag
      color={TAG[colour]}
      data-colour={colour}
      style={large ? { fontSize: 18, padding: '4px 12px', lineHeight: '28px' } : undefined}
    >
      {t(`passes.colours.${colour}`)}
    </Tag>
  )
}
