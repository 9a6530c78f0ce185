// 代为申报: the liaison enters a hire's health declaration (travel, symptoms, contact with
// cases) when the hire cannot use the link; the answer is the new colour only.
import { App, Checkbox, Flex, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { colourName } from '../../components/ColourTag'
import { FindingFields, type Finding } from '../../components/FindingFields'
import { useShowError } from '../../components/useShowError'
import type { Hire } from './HiresTable'

export function DeclareModal({ hire, onClose }: { hire?: Hire; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const [finding, setFinding] = useState<Finding>({})
  const [contact, setContact] = useState(false)
  const submit = async () => {
    if (!hire) return
    const from = finding.fromPlace?.trim()
    try {
      const res = await api.post('/api/v1/enterprise-hires/{id}/declaration', {
        path: { id: hire.id },
        body: {
          travel: from && finding.arrivalDate ? { fromPlace: from, arrivalDate: finding.arrivalDate } : null,
          symptoms: finding.symptoms ?? [],
          contactWithCases: contact,
        },
      })
      const colour = colourName(t, res.colour)
      void message.success(t('enterprises.declared', { name: hire.name, colour }))
      setFinding({})
      setContact(false)
      onClose(true)
    } catch (e) {
      showError(e)
    }
  }
  return (
    <Modal
      open={!!hire}
      title={`${t('enterprises.declare')} · ${hire?.name ?? ''}`}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
    >
      <Flex vertical gap={8}>
        <FindingFields value={finding} onChange={setFinding} />
        <Checkbox checked={contact} onChange={(e) => setContact(e.target.checked)}>
          {t('enterprises.contactWithCases')}
        </Checkbox>
      </Flex>
    </Modal>
  )
}
