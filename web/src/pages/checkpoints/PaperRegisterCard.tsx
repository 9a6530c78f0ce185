// 纸质登记表 on the checkpoint page: print the blank register for a day, or go and type a
// filled one in. The printable page is served whole by the API (A4 landscape HTML).
import { Button, Card, DatePicker, InputNumber, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { localDate } from '@shared/days'
import { useSession } from '../../admin/session'
import { useTimeZone } from '../../components/format'

export function PaperRegisterCard({ checkpoint }: { checkpoint: { id: string; name: string } }) {
  const { t } = useTranslation()
  const { can } = useSession()
  const navigate = useNavigate()
  const timeZone = useTimeZone()
  const [date, setDate] = useState<Dayjs>(() => dayjs(localDate(Date.now(), timeZone)))
  const [pages, setPages] = useState(3)
  const day = date.format('YYYY-MM-DD')
  const printUrl = `/api/v1/checkpoints/${encodeURIComponent(checkpoint.id)}/paper-register.html?date=${day}&pages=${pages}`

  return (
    <Card title={`${t('paper.card')} · ${checkpoint.name}`}>
      <Typography.Paragraph type="secondary">{t('paper.hint')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('paper.date')}</span>
        <DatePicker
          aria-label={t('paper.date')}
          value={date}
          allowClear={false}
          onChange={(d) => d && setDate(d)}
        />
        <span>{t('paper.pages')}</span>
        <InputNumber
          aria-label={t('paper.pages')}
          min={1}
          max={20}
          value={pages}
          onChange={(n) => setPages(n ?? 1)}
        />
        <Button href={printUrl} target="_blank" rel="noopener">
          {t('paper.print')}
        </Button>
        {can('passage:paper') && (
          <Button
            type="primary"
            onClick={() =>
              navigate(`/paper-register?checkpoint=${encodeURIComponent(checkpoint.id)}&date=${day}`)
            }
          >
            {t('paper.enter')}
          </Button>
        )}
      </Space>
    </Card>
  )
}
