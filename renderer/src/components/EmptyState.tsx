import type { ReactNode } from 'react'

/** A calm box saying what will be here, for pages without content yet. */
export function EmptyState({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      {title && <p className="empty-state-title">{title}</p>}
      {children}
    </div>
  )
}
