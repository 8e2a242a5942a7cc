import { useRef, type KeyboardEvent } from 'react'
import { personnelPanelId, personnelTabId, personnelTabs, type PersonnelTabId } from './personnelTabs'

/** ARIA tabs like 设置's: Tab enters at the current tab, arrows / Home / End move and select. */
export function PersonnelTabList({ current, onSelect }: { current: PersonnelTabId; onSelect: (id: PersonnelTabId) => void }) {
  const listRef = useRef<HTMLDivElement>(null)

  function onKeyDown(event: KeyboardEvent) {
    const index = personnelTabs.findIndex((tab) => tab.id === current)
    const last = personnelTabs.length - 1
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = personnelTabs[(next + personnelTabs.length) % personnelTabs.length]
    if (!target) return
    onSelect(target.id)
    listRef.current?.querySelector<HTMLElement>(`#${personnelTabId(target.id)}`)?.focus()
  }

  return (
    <div className="tab-list" role="tablist" aria-label="干部任免分类" ref={listRef} onKeyDown={onKeyDown}>
      {personnelTabs.map((tab) => {
        const selected = tab.id === current
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={personnelTabId(tab.id)}
            className="tab"
            aria-selected={selected}
            aria-controls={personnelPanelId(tab.id)}
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
