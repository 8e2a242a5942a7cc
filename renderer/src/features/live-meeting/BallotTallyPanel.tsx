import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { BookEntryView, MatterView } from '../../../../shared/personnel/views'
import { candidateVoteText } from '../../../../shared/personnel/vote-text'
import { call } from '../../api/client'
import { BallotPapersButton } from '../documents/BallotDocumentButtons'
import { EntryTallyReportButton } from '../personnel-documents/EntryTallyReportButton'
import { itemParticipants } from './liveState'
import { useLive } from './LiveContext'
import { bookTallyDraft, countsOf, type TallyDraft } from './tallyDraft'
import { TallyForm } from './TallyForm'

interface BallotTallyPanelProps {
  item: AgendaItemView
  matters: MatterView[]
  entry: BookEntryView | null
  onSaved: (entry: BookEntryView) => void
}

/**
 * 无记名投票 on a personnel item: the ballots to print (one per member taking part), the
 * tally, saved into the book as every candidate's secret-ballot result, and the 计票结果报告单.
 */
export function BallotTallyPanel({ item, matters, entry, onSaved }: BallotTallyPanelProps) {
  const { detail, editable } = useLive()
  const tally = entry?.ballotTally ?? null
  const candidates = matters.map((m) => ({ id: m.id, name: m.cadreName }))

  async function save(draft: TallyDraft) {
    const { returned, valid, invalid, scrutineerIds, tellerIds } = draft
    const candidateCounts = matters.map((m) => ({ matterId: m.id, counts: countsOf(draft, m.id) }))
    const result = await call('personnel.recordBallotTally', { meetingId: detail.id, agendaItemId: item.id, returned, valid, invalid, scrutineerIds, tellerIds, candidates: candidateCounts })
    if (!result.ok) return result.error.message
    onSaved(result.value)
    return null
  }

  return (
    <section className="live-section ballot-tally" aria-labelledby="tally-title">
      <div className="live-section-head">
        <h3 id="tally-title" className="live-section-title">
          无记名投票
        </h3>
        <span className="live-muted">发出表决票 {itemParticipants(detail, item).size} 张（参加表决的成员：已扣除请假、离席和整个议题回避的成员）</span>
      </div>
      <div className="recusal-actions">
        <BallotPapersButton
          load={(numbered) => call('personnelDocuments.ballotPapers', { meetingId: detail.id, agendaItemId: item.id, numbered })}
          export={(numbered, output) => call('personnelDocuments.exportBallotPapers', { meetingId: detail.id, agendaItemId: item.id, numbered, output })}
        />
        {tally && entry && <EntryTallyReportButton entryId={entry.id} />}
      </div>
      {tally && entry && (
        <ul className="tally-recorded" aria-label="计票结果">
          {entry.candidates.filter((c) => c.voteMethod === 'secret').map((c) => (
            <li key={c.id}>
              <strong>{c.cadreName}</strong>：{candidateVoteText(c, tally)}，{c.resultLabel}。
            </li>
          ))}
          <li className="live-muted">
            监票人：{tally.scrutineers.join('、')}；计票人：{tally.tellers.join('、')}
          </li>
        </ul>
      )}
      {editable && !entry?.sealed && matters.length > 0 && <TallyForm item={item} candidates={candidates} initial={bookTallyDraft(detail, item, entry)} recorded={tally !== null} onSave={save} />}
    </section>
  )
}
