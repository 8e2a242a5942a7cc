import type { TopicOutcome } from '../meetings/vocabulary'
import { hiddenPersonnelText, type DecisionResult } from './vocabulary'

// A personnel item in the meeting record (main store): its candidates, views and votes are
// in the book; the record keeps only the outcome and a reference to the book's entry.

/** What the record says of a personnel item before its entry exists. */
export const pendingPersonnelText = '干部任免事项（专用记录本条目待生成）'

const entryReferencePattern = /^干部任免事项（详见专用记录本\d{4}年第\d+册第\d+号）$/u

/** Whether a decision text names a book entry: the candidates were voted one by one there. */
export function isBookEntryReference(text: string): boolean {
  return entryReferencePattern.test(text)
}

/** Whether a decision text is only a reference to the book (safe to keep in the main store). */
export function isPersonnelReference(text: string): boolean {
  return text === pendingPersonnelText || isBookEntryReference(text)
}

/** What a personnel item shows in the record: the reference, or "待生成" when there is none yet. */
export function personnelItemText(decisionText: string): string {
  return isPersonnelReference(decisionText) ? decisionText : pendingPersonnelText
}

export { hiddenPersonnelText }

/**
 * Whether the item's outcome fits the book's per-candidate results (逐一表决): 通过 needs
 * every candidate of the topic decided and at least one passed; 不通过 none passed; 缓议 or
 * 撤回 cannot leave a passed candidate behind. null when it fits.
 */
export function personnelOutcomeProblem(outcome: TopicOutcome, results: readonly DecisionResult[], undecided: number): string | null {
  const passed = results.filter((result) => result === 'passed').length
  if (outcome === 'deferred' || outcome === 'withdrawn') {
    return passed > 0 ? `专用记录本中已有 ${passed} 名人选获得通过，不能把整个议题记为“${outcome === 'deferred' ? '缓议' : '撤回'}”（个别人选可在专用记录本中单独缓议）。` : null
  }
  if (results.length === 0) return '干部任免事项须逐一表决：请先在专用记录本中逐一登记每名人选的表决结果。'
  if (undecided > 0) return `本议题还有 ${undecided} 名人选未表决。干部任免事项须逐一表决，请先在专用记录本中登记。`
  if (outcome === 'passed' && passed === 0) return '专用记录本中没有一名人选获得通过，不能记为“通过”。'
  if (outcome === 'rejected' && passed > 0) return `专用记录本中已有 ${passed} 名人选获得通过，不能记为“不通过”。`
  return null
}
