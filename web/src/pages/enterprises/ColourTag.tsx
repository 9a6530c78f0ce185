// A pass colour (码色) as a tag: green, yellow or red.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'

type Colour = 'green' | 'yellow' | 'red'
const TAG: Record<Colour, string> = { green: 'success', yellow: 'warning', red: 'error' }

export function ColourTag({ colour }: { colour: string }) {
  const { t } = useTranslation()
  const c = (['green', 'yellow', 'red'].includes(colour) ? colour : 'yellow') as Colour
  return <Tag color={TAG[c]}>{t(`enterprises.colours.${c}`)}</Tag>
}
