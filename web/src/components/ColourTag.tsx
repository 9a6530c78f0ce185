// A pass colour (码色) as a tag in its own colour (绿码 / 黄码 / 红码). A colour this page
// does not know shows as a grey "unknown" tag, never as one of the real colours.
import { Tag } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { isPassColour, type PassColour } from '@shared/verdict'

const TAG: Record<PassColour, string> = { green: 'green', yellow: 'gold', red: 'red' }

/** The colour's name in the UI language, or "unknown colour". */
export const colourName = (t: TFunction, colour: string) =>
  t(`passColours.${isPassColour(colour) ? colour : 'unknown'}`)

export function ColourTag({ colour, large }: { colour: string; large?: boolean }) {
  const { t } = useTranslation()
  const known = isPassColour(colour)
  return (
    <Tag
      color={known ? TAG[colour] : undefined}
      data-colour={known ? colour : 'unknown'}
      title={known ? undefined : colour}
      style={large ? { fontSize: 18, padding: '4px 12px', lineHeight: '28px' } : undefined}
    >
      {colourName(t, colour)}
    </Tag>
  )
}
