import { useRef, type KeyboardEvent, type ReactNode } from 'react'

const tabDomId = (prefix: string, id: string) => `${prefix}-tab-${id}`
const panelDomId = (prefix: string, id: string) => `${prefix}-panel-${id}`

interface TabListProps<T extends string> {
  /** The list's accessible name, e.g. 设置分类. */
  label: string
  /** Makes the tabs' and panel's element ids unique on the page. */
  idPrefix: string
  tabs: readonly { id: T; label: string }[]
  current: T
  onSelect: (id: T) => void
}

/** ARIA tabs: Tab enters the list at the current tab, arrows / Home / End move and select. */
export function TabList<T extends string>({ label, idPrefix, tabs, current, onSelect }: TabListProps<T>) {
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
    listRef.current?.querySelector<HTMLElement>(`#${tabDomId(idPrefix, target.id)}`)?.focus()
  }

  return (
    <div className="tab-list" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.id === current
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabDomId(idPrefix, tab.id)}
            className="tab"
            aria-selected={selected}
            aria-controls={panelDomId(idPrefix, tab.id)}
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

/** The panel of the current tab of a TabList with the same idPrefix; `wide` lets a table use the window's width (the register at 1920 px). */
export function TabPanel({ idPrefix, current, children, wide = false }: { idPrefix: string; current: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'tab-panel tab-panel-wide' : 'tab-panel'} role="tabpanel" id={panelDomId(idPrefix, current)} aria-labelledby={tabDomId(idPrefix, current)}>
      {children}
    </div>
  )
}
