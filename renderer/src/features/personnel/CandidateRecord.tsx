import type { BallotTallyView, CandidateDecisionView } from '../../../../shared/personnel/views'
import { candidateVoteText } from '../../../../shared/personnel/vote-text'

/** One candidate in an entry: views per member, recusals, vote method and counts, result, quorum. */
export function CandidateRecord({ candidate, tally }: { candidate: CandidateDecisionView; tally: BallotTallyView | null }) {
  const headingId = `candidate-${candidate.id}`
  const posts = [candidate.proposedPost && `拟任${candidate.proposedPost}`, candidate.postToRemove && `拟免${candidate.postToRemove}`].filter(Boolean).join('，')
  return (
    <section className="book-candidate" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {candidate.position}. {candidate.cadreName}（{candidate.actionLabel}）{posts && `：${posts}`}
      </h3>
      <table className="table book-views">
        <thead>
          <tr>
            <th scope="col">成员</th>
            <th scope="col">到会</th>
            <th scope="col">意见</th>
            <th scope="col">回避原因</th>
          </tr>
        </thead>
        <tbody>
          {candidate.members.map((member) => (
            <tr key={member.memberId} className={member.presence === 'present' ? undefined : 'row-muted'}>
              <th scope="row">{member.memberName}</th>
              <td>{member.presenceLabel}</td>
              <td>{member.viewLabel ?? '—'}</td>
              <td>{member.recusalReason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="detail-list book-result">
        <dt>到会情况</dt>
        <dd>{candidate.quorumText}</dd>
        <dt>表决方式</dt>
        <dd>{candidate.voteMethodLabel}</dd>
        <dt>表决结果</dt>
        <dd>
          {candidateVoteText(candidate, tally)}（通过须超过应到人数的半数，即至少 {candidate.required} 票）
        </dd>
        {tally && candidate.voteMethod === 'secret' && (
          <>
            <dt>监票人、计票人</dt>
            <dd>
              监票人 {tally.scrutineers.join('、')}；计票人 {tally.tellers.join('、')}
            </dd>
          </>
        )}
        {candidate.reconsiderationAgreed !== null && (
          <>
            <dt>复议</dt>
            <dd>经 {candidate.reconsiderationAgreed} 名成员同意复议</dd>
          </>
        )}
        <dt>结论</dt>
        <dd>
          <strong>{candidate.resultLabel}</strong>
        </dd>
      </dl>
    </section>
  )
}
