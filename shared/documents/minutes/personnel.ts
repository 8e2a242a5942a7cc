import type { BookEntryView, CandidateDecisionView } from '../../personnel/views'

// A 干部任免 item in a 纪要. By default only the book's reference, like the meeting record;
// with the candidates (only for a holder of the grant, read from the book at the time of
// preview or export) the results one by one.

const entryLabelPattern = /专用记录本(\d{4}年第\d+册第\d+号)/u

/** 会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。 */
export function personnelReference(decisionText: string): string {
  const label = entryLabelPattern.exec(decisionText)?.[1]
  return label ? `会议研究了干部任免事项，具体见干部任免专用记录本${label}。` : '会议研究了干部任免事项，具体见干部任免专用记录本。'
}

const method = (candidate: CandidateDecisionView) => (candidate.voteMethodLabel.endsWith('表决') ? candidate.voteMethodLabel : `${candidate.voteMethodLabel}表决`)

/** 张建国同志任区发展改革委主任，免去其区发展改革委副主任职务 */
function appointmentPhrase(candidate: CandidateDecisionView): string {
  const post = candidate.proposedPost.trim()
  const removed = candidate.postToRemove.trim()
  if (post && removed) return `${candidate.cadreName}同志任${post}，免去其${removed}职务`
  if (post) return `${candidate.cadreName}同志任${post}`
  if (removed) return `免去${candidate.cadreName}同志的${removed}职务`
  return `${candidate.cadreName}同志${candidate.actionLabel}`
}

const what = (candidate: CandidateDecisionView) => {
  const post = candidate.proposedPost.trim() || candidate.postToRemove.trim()
  return `${candidate.cadreName}同志${candidate.actionLabel}${post ? `（${post}）` : ''}事项`
}

/** The item's paragraphs with the candidates: who was appointed or removed, and what was not passed or put off. */
export function personnelParagraphs(entry: Pick<BookEntryView, 'label' | 'candidates'>): string[] {
  const candidates = [...entry.candidates].sort((a, b) => a.position - b.position)
  const passed = candidates.filter((candidate) => candidate.result === 'passed')
  const paragraphs = [`会议研究了干部任免事项（详见干部任免专用记录本${entry.label}）。`]
  if (passed.length > 0) paragraphs.push(`会议经${method(passed[0]!)}，同意${passed.map(appointmentPhrase).join('；')}。`)
  for (const candidate of candidates) {
    if (candidate.result === 'rejected') paragraphs.push(`${what(candidate)}未获通过。`)
    if (candidate.result === 'deferred') paragraphs.push(`${what(candidate)}暂缓研究。`)
  }
  return paragraphs
}
