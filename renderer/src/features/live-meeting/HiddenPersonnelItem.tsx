import type { AgendaItemView } from '../../../../shared/meetings/views'
import { topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'
import { personnelItemText } from '../../../../shared/personnel/meeting-item'

/**
 * A personnel item for a user without the 干部任免 grant: only where the book has it, and the
 * outcome. Candidates, views and votes are in the book, which this user cannot open.
 */
export function HiddenPersonnelItem({ item }: { item: AgendaItemView }) {
  return (
    <section className="live-section personnel-hidden" aria-labelledby="hidden-title">
      <h3 id="hidden-title" className="live-section-title">
        干部任免事项
      </h3>
      <p className="record-text personnel-reference">{personnelItemText(item.decisionText)}</p>
      <p>
        议定结果：<strong>{item.outcome ? topicOutcomeLabels[item.outcome] : '未议定'}</strong>
      </p>
      <p className="live-muted">人选、成员意见和表决情况记在干部任免专用记录本中，只有持有干部任免权限的人员可以查看和登记。</p>
    </section>
  )
}
