import { secretBallotText } from '../../../../shared/meetings/ballot-tally'
import { presentMemberIds } from '../../../../shared/meetings/item-presence'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { BallotPapersButton, TallyReportButton } from '../documents/BallotDocumentButtons'
import { memberName } from './liveState'
import { useLive } from './LiveContext'
import { countsOf, itemTallyDraft, type TallyDraft } from './tallyDraft'
import { TallyForm } from './TallyForm'

/** 无记名投票 on any other item: the tally, saved as the item's vote, and the result in the usual form. */
export function ItemTally({ item }: { item: AgendaItemView }) {
  const { detail, editable, onDetail } = useLive()
  const tally = item.vote?.tally

  async function save(draft: TallyDraft) {
    const { returned, valid, invalid, scrutineerIds, tellerIds } = draft
    const result = await call('live.saveBallotTally', { itemId: item.id, returned, valid, invalid, scrutineerIds, tellerIds, counts: countsOf(draft, item.id) })
    if (!result.ok) return result.error.message
    onDetail(result.value)
    return null
  }

  return (
    <div className="ballot-tally">
      <div className="recusal-actions">
        <BallotPapersButton
          load={(numbered) => call('documents.ballotPapers', { meetingId: detail.id, itemId: item.id, numbered })}
          export={(numbered, output) => call('documents.exportBallotPapers', { meetingId: detail.id, itemId: item.id, numbered, output })}
        />
        {tally && (
          <TallyReportButton
            load={() => call('documents.tallyReport', { meetingId: detail.id, itemId: item.id })}
            export={(output) => call('documents.exportTallyReport', { meetingId: detail.id, itemId: item.id, output })}
          />
        )}
      </div>
      {tally && item.vote && (
        <p className="record-text" aria-label="计票结果">
          {secretBallotText({ members: detail.members.length, present: presentMemberIds(detail).length, ...tally, counts: item.vote.counts })}。监票人：
          {tally.scrutineerIds.map((id) => memberName(detail, id)).join('、')}；计票人：{tally.tellerIds.map((id) => memberName(detail, id)).join('、')}
        </p>
      )}
      {editable && (
        <TallyForm key={item.vote?.tally ? 'recorded' : 'new'} item={item} candidates={[{ id: item.id, name: '该议题' }]} initial={itemTallyDraft(detail, item)} recorded={tally !== undefined} onSave={save} />
      )}
    </div>
  )
}
