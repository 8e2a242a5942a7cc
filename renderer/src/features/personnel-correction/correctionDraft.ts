import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import type { BookEntryView } from '../../../../shared/personnel/views'
import { checkDraft, decisionInput, draftOf, type CandidateDraft } from '../live-meeting/candidateDraft'
import { wholeItemRecusals } from '../live-meeting/liveState'

// A correction entry (更正记录) as the user fills it in: the original's candidates, each
// prefilled with what was recorded and checked with the same shared rule as in the meeting.

export interface CorrectionCandidate {
  matterId: string
  cadreName: string
  /** Left out of the correction: the original's record of this candidate stands. */
  included: boolean
  draft: CandidateDraft
}

export interface CorrectionDraft {
  reason: string
  chairName: string
  recorderName: string
  candidates: CorrectionCandidate[]
}

export function correctionOf(entry: BookEntryView, item: AgendaItemView): CorrectionDraft {
  const wholeItem = wholeItemRecusals(item)
  return {
    reason: '',
    chairName: entry.sealed?.chairName ?? '',
    recorderName: entry.sealed?.recorderName ?? '',
    candidates: entry.candidates.map((candidate) => ({ matterId: candidate.matterId, cadreName: candidate.cadreName, included: true, draft: draftOf(candidate, wholeItem) })),
  }
}

/** What would make core refuse, in the words core uses, before the click. */
export function correctionProblems(detail: MeetingDetail, item: AgendaItemView, draft: CorrectionDraft): string[] {
  const problems: string[] = []
  if (draft.reason.trim() === '') problems.push('请填写更正原因')
  if (draft.chairName.trim() === '') problems.push('请填写主持人姓名')
  if (draft.recorderName.trim() === '') problems.push('请填写记录人姓名')
  const included = draft.candidates.filter((candidate) => candidate.included)
  if (included.length === 0) problems.push('更正记录至少要包含一名人选')
  for (const candidate of included) {
    const blank = Object.entries(candidate.draft.recusals).filter(([, reason]) => reason.trim() === '')
    for (const [memberId] of blank) {
      const name = detail.members.find((member) => member.personId === memberId)?.name ?? '该成员'
      problems.push(`${candidate.cadreName}：请填写${name}的回避原因`)
    }
    const check = checkDraft(detail, item, candidate.draft)
    if (!check.ok) problems.push(`${candidate.cadreName}：${check.problem}`)
  }
  return problems
}

/** What personnel.correctEntry takes; whole-item recusals are added by core from the meeting record. */
export function correctionInput(detail: MeetingDetail, item: AgendaItemView, entryId: string, draft: CorrectionDraft) {
  const decisions = draft.candidates
    .filter((candidate) => candidate.included)
    .map((candidate) => {
      const input = decisionInput(detail, item, candidate.matterId, candidate.draft)
      return { matterId: input.matterId, voteMethod: input.voteMethod, recusals: input.recusals, views: input.views, counts: input.counts, deferred: input.deferred, reconsiderationAgreed: input.reconsiderationAgreed }
    })
  return { entryId, reason: draft.reason, chairName: draft.chairName, recorderName: draft.recorderName, decisions }
}
