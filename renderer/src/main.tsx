import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles/base.css'
import './styles/buttons.css'
import './styles/forms.css'
import './styles/messages.css'
import './styles/auth.css'
import './styles/layout.css'
import './styles/tabs.css'
import './styles/tables.css'
import './styles/dialog.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
