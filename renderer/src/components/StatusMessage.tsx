import type { ReactNode } from 'react'

interface StatusMessageProps {
  children: ReactNode
  tone?: 'success' | 'info' | 'busy'
  id?: string
}

/** A success, progress or neutral note (role="status": announced politely). */
export function StatusMessage({ children, tone = 'info', id }: StatusMessageProps) {
  return (
    <p id={id} role="status" className={`message message-${tone}`}>
      {tone === 'busy' && <span className="spinner" aria-hidden="true" />}
      {children}
    </p>
  )
}
