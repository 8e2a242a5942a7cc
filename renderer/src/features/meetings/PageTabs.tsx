import { useRef, type KeyboardEvent } from 'react'

interface PageTabsProps<T extends string> {
  label: string
  tabs: readonly { id: T; label: string }[]
  current: T
  onSelect: (id: T) => void
  idPrefix: string
}

export const pageTabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
export const pagePanelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

/** ARIA tabs (as in 设置): Tab enters at the current tab, arrows / Home / End move and select. */
export function PageTabs<T extends string>({ label, tabs, current, onSelect, idPrefix }: PageTabsProps<T>) {
  const listRef = useRef<HTMLDivElement>(null)

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === current)
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = tabs[(next + tabs.length) % tabs.length]
    if (!target) return
    onSelect(target.id)
    listRef.current?.querySelector<HTMLElement>(`#${pageTabId(idPrefix, target.id)}`)?.focus()
  }

  return (
    <div className="tab-list" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={pageTabId(idPrefix, tab.id)}
          className="tab"
          aria-selected={tab.id === current}
          aria-controls={pagePanelId(idPrefix, tab.id)}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
