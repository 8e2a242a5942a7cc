import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import { CandidateFields } from '../live-meeting/CandidateFields'
import type { CorrectionCandidate } from './correctionDraft'

interface CorrectionCandidatesProps {
  detail: MeetingDetail
  item: AgendaItemView
  candidates: CorrectionCandidate[]
  onChange: (candidates: CorrectionCandidate[]) => void
}

/** Each candidate of the original, prefilled and editable, or left out of the correction. */
export function CorrectionCandidates({ detail, item, candidates, onChange }: CorrectionCandidatesProps) {
  const replace = (index: number, next: Partial<CorrectionCandidate>) => onChange(candidates.map((candidate, at) => (at === index ? { ...candidate, ...next } : candidate)))
  return (
    <ol className="correction-candidates">
      {candidates.map((candidate, index) => (
        <li key={candidate.matterId} className={candidate.included ? 'correction-candidate' : 'correction-candidate correction-left-out'}>
          <div className="correction-candidate-head">
            <h3>
              第{index + 1}名 {candidate.cadreName}
            </h3>
            <label>
              <input type="checkbox" checked={candidate.included} onChange={(event) => replace(index, { included: event.target.checked })} />
              列入更正记录
            </label>
          </div>
          {candidate.included ? (
            <CandidateFields
              detail={detail}
              item={item}
              idBase={`correction-${candidate.matterId}`}
              cadreName={candidate.cadreName}
              draft={candidate.draft}
              onChange={(draft) => replace(index, { draft })}
              reconsidering={false}
            />
          ) : (
            <p className="live-muted">不列入更正记录：该人选仍以原记录为准。</p>
          )}
        </li>
      ))}
    </ol>
  )
}
