// 分配号码: the numbers nobody has yet, dealt evenly to chosen callers or to a grid team's
// members; an unfinished list moved from one caller to another.
import { App, Button, Flex, Radio } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { StaffPicker, TeamPicker } from './StaffPicker'

export function CallLists({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [mode, setMode] = useState<'callers' | 'team'>('callers')
  const [callerIds, setCallerIds] = useState<string[]>([])
  const [teamId, setTeamId] = useState<string>()
  const [from, setFrom] = useState<string>()
  const [to, setTo] = useState<string>()
  const run = async (call: () => Promise<string>) => {
    try {
      void message.success(await call())
      onDone()
    } catch (e) {
      showError(e)
    }
  }
  const split = () =>
    run(async () => {
      const body = mode === 'team' ? { teamId } : { callerIds }
      const res = await api.post('/api/v1/campaigns/{id}/call-lists', { path: { id: campaignId }, body })
      return t('campaigns.split', {
        n: res.lists.reduce((n, l) => n + l.assigned, 0),
        callers: res.lists.length,
      })
    })
  const reassign = () =>
    run(async () => {
      const body = { fromCallerId: from!, toCallerId: to! }
      const res = await api.post('/api/v1/campaigns/{id}/call-lists/reassign', {
        path: { id: campaignId },
        body,
      })
      return t('campaigns.moved', { n: res.moved })
    })
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as 'callers' | 'team')}
          options={[
            { value: 'callers', label: t('campaigns.evenly') },
            { value: 'team', label: t('campaigns.byTeam') },
          ]}
        />
        {mode === 'callers' ? (
          <StaffPicker multiple label={t('campaigns.callers')} value={callerIds} onChange={setCallerIds} />
        ) : (
          <TeamPicker value={teamId} onChange={setTeamId} />
        )}
        <Button
          type="primary"
          disabled={mode === 'team' ? !teamId : !callerIds.length}
          onClick={() => void split()}
        >
          {t('campaigns.splitLists')}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center">
        <StaffPicker label={t('campaigns.from')} value={from} onChange={setFrom} />
        <StaffPicker label={t('campaigns.to')} value={to} onChange={setTo} />
        <Button disabled={!from || !to} onClick={() => void reassign()}>
          {t('campaigns.reassign')}
        </Button>
      </Flex>
    </Flex>
  )
}
