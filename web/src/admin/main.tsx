import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n'
import { applyLanguage } from '../i18n/useLanguage'
import { Root } from './Root'
import './admin.css'

void initI18n().then((lang) => {
  applyLanguage(lang)
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  )
})
