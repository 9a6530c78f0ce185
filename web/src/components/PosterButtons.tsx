// Download buttons for printable posters (场所码海报): a place's PDF or PNG, or a whole area's
// posters in one PDF. A failure (no CJK font on the server, too many pages) shows as a message.
import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../admin/session'
import { api, type PathFor } from '../api/client'
import { useShowError } from './useShowError'

type Kind = 'regions' | 'checkpoints'
type File = 'poster.pdf' | 'poster.png' | 'posters.pdf'
/** The poster routes (a checkpoint has no posters.pdf: `all` is for regions). */
type PosterPath = Extract<PathFor<'get'>, `/api/v1/posters/${Kind}/{id}/${File}`>

interface Props {
  kind: Kind
  id: string
  /** one poster for this place (a compound, village or checkpoint) */
  single?: boolean
  /** the posters of every place below this region, one PDF */
  all?: boolean
  size?: 'small' | 'middle'
}

export function PosterButtons({ kind, id, single = true, all = false, size = 'middle' }: Props) {
  const { t } = useTranslation()
  const { can } = useSession()
  const showError = useShowError()
  const [busy, setBusy] = useState<string>()
  if (!can('poster:read')) return null

  const button = (file: File, label: string, icon: ReactNode, hint?: string) => (
    <Tooltip key={file} title={hint}>
      <Button
        size={size}
        icon={icon}
        loading={busy === file}
        data-testid={`poster-${file}`}
        onClick={(e) => {
          e.stopPropagation() // a table row would take the click as a selection
          setBusy(file)
          api
            .download('get', `/api/v1/posters/${kind}/{id}/${file}` as PosterPath, { path: { id } })
            .catch(showError)
            .finally(() => setBusy(undefined))
        }}
      >
        {label}
      </Button>
    </Tooltip>
  )
  return (
    <Space wrap size="small">
      {single && button('poster.pdf', t('posters.pdf'), <FilePdfOutlined />, t('posters.hint'))}
      {single && button('poster.png', t('posters.png'), <FileImageOutlined />)}
      {all && button('posters.pdf', t('posters.all'), <FilePdfOutlined />, t('posters.allHint'))}
    </Space>
  )
}
