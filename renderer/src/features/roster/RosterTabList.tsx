import { useRef, type KeyboardEvent } from 'react'
import { rosterTabId, rosterPanelId, rosterTabs, type RosterTabId } from './rosterTabs'

/** ARIA tabs like 设置's: Tab enters at the current tab, arrows / Home / End move and select. */
export function RosterTabList({ current, onSelect }: { current: RosterTabId; onSelect: (id: RosterTabId) => void }) {
  const listRef = useRef<HTMLDivElement>(null)

  function onKeyDown(event: KeyboardEvent) {
    const index = rosterTabs.findIndex((tab) => tab.id === current)
    const last = rosterTabs.length - 1
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = rosterTabs[(next + rosterTabs.length) % rosterTabs.length]
    if (!target) return
    onSelect(target.id)
    listRef.current?.querySelector<HTMLElement>(`#${rosterTabId(target.id)}`)?.focus()
  }

  return (
    <div className="tab-list" role="tablist" aria-label="成员分类" ref={listRef} onKeyDown={onKeyDown}>
      {rosterTabs.map((tab) => {
        const selected = tab.id === current
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={rosterTabId(tab.id)}
            className="tab"
            aria-selected={selected}
            aria-controls={rosterPanelId(tab.id)}
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
