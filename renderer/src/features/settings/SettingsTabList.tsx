import { useRef, type KeyboardEvent } from 'react'
import type { SettingsTabId } from './settingsTabs'

interface SettingsTabListProps {
  tabs: readonly { id: SettingsTabId; label: string }[]
  current: SettingsTabId
  onSelect: (id: SettingsTabId) => void
}

export const tabId = (id: SettingsTabId) => `settings-tab-${id}`
export const panelId = (id: SettingsTabId) => `settings-panel-${id}`

/** ARIA tabs: Tab enters the list at the current tab, arrows / Home / End move and select. */
export function SettingsTabList({ tabs, current, onSelect }: SettingsTabListProps) {
  const listRef = useRef<HTMLDivElement>(null)

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === current)
    const last = tabs.length - 1
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = tabs[(next + tabs.length) % tabs.length]
    if (!target) return
    onSelect(target.id)
    listRef.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus()
  }

  return (
    <div className="tab-list" role="tablist" aria-label="设置分类" ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.id === current
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            className="tab"
            aria-selected={selected}
            aria-controls={panelId(tab.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}
