import type { MeetingPapersView } from '../../../../shared/meeting-papers/views'
import { signInMismatches } from '../../../../shared/meeting-papers/sign-in'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../lib/useAction'

interface SignInCheckProps {
  meeting: MeetingDetail
  papers: MeetingPapersView
  editable: boolean
  onPapers: (papers: MeetingPapersView) => void
}

/** 签到核对: after the meeting, tick who signed the printed 签到表; differences from the attendance show. */
export function SignInCheck({ meeting, papers, editable, onPapers }: SignInCheckProps) {
  const { busy, error, run } = useAction()
  const signed = new Set(papers.signedIn)
  const mismatches = signInMismatches(meeting.members, papers.signedIn)
  return (
    <section className="card" aria-labelledby="sign-in-check-title">
      <h2 id="sign-in-check-title">签到核对</h2>
      <p className="muted-line">对照纸质签到表，勾选已签名的成员。与出席登记不一致的会列在下方。</p>
      <ul className="sign-in-list">
        {[...meeting.members]
          .sort((a, b) => a.rank - b.rank)
          .map((member) => (
            <li key={member.personId}>
              <label>
                <input
                  type="checkbox"
                  checked={signed.has(member.personId)}
                  disabled={!editable || busy}
                  onChange={(event) => void run(() => call('papers.setSignedIn', { meetingId: meeting.id, personId: member.personId, signed: event.target.checked }), onPapers)}
                />
                {member.name}
              </label>
            </li>
          ))}
      </ul>
      <ErrorMessage message={error} />
      {mismatches.length > 0 && (
        <div className="message message-warning sign-in-mismatches" role="alert" aria-label="签到与出席登记不一致">
          <strong>签到表与出席登记不一致（{mismatches.length}人）：</strong>
          <ul>
            {mismatches.map((mismatch) => (
              <li key={mismatch.personId}>{mismatch.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
