// A page that throws (or whose chunk is gone after an upgrade) shows a way out instead of
// a blank screen.
import { Button, Result } from 'antd'
import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

function Crashed() {
  const { t } = useTranslation()
  return (
    <Result
      status="error"
      title={t('app.crashed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      }
    />
  )
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    console.error(error)
  }

  override render() {
    return this.state.failed ? <Crashed /> : this.props.children
  }
}
