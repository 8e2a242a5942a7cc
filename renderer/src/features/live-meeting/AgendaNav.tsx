import type { AgendaItemView } from '../../../../shared/meetings/views'
import { topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'

interface AgendaNavProps {
  items: AgendaItemView[]
  currentId: string | null
  onSelect: (itemId: string) => void
}

/** The agenda as tabs, with each item's outcome; Alt+↑/↓ or Ctrl+[ / ] move between them from anywhere. */
export function AgendaNav({ items, currentId, onSelect }: AgendaNavProps) {
  return (
    <nav className="agenda-nav" aria-label="议题">
      <div role="tablist" aria-label="会议议题" className="agenda-tabs">
        {items.map((item, index) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`agenda-tab-${item.id}`}
            aria-selected={item.id === currentId}
            className="agenda-tab"
            title={item.topic.title}
            onClick={() => onSelect(item.id)}
          >
            <span className="agenda-tab-number">{index + 1}</span>
            <span className="agenda-tab-title">{item.topic.title}</span>
            <span className={item.outcome ? 'agenda-tab-state agenda-tab-done' : 'agenda-tab-state'}>{item.outcome ? topicOutcomeLabels[item.outcome] : '待议'}</span>
          </button>
        ))}
      </div>
      <p className="shortcut-hint">切换议题：Alt+↑ / Alt+↓ 或 Ctrl+[ / Ctrl+]</p>
    </nav>
  )
}
