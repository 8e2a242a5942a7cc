import type { AgendaItemView } from '../../../../shared/meetings/views'
import { stanceLabels, stances } from '../../../../shared/meetings/vocabulary'
import { AmendableText } from './AmendableText'
import { useLive } from './LiveContext'
import { speechNotesId, SpeechEditor } from './SpeechEditor'

const stanceChoices = stances.map((stance) => ({ value: stance, label: stanceLabels[stance] }))

/** Each speaker in the speaking order with notes and stance; then written views, which are not votes. */
export function Speeches({ item }: { item: AgendaItemView }) {
  const { detail, editable, sealed } = useLive()
  // Speakers in order, then anyone who spoke and has since left the list (nothing recorded disappears).
  const speakers = [...item.speakingOrder, ...item.speeches.map((speech) => speech.personId).filter((id) => !item.speakingOrder.includes(id))]
  const members = speakers.flatMap((personId) => detail.members.filter((member) => member.personId === personId))
  const written = detail.members.filter((member) => member.attendance === 'leave' && member.writtenView)

  function focusSpeaker(index: number): boolean {
    const next = members[index]
    if (!next) return false
    document.getElementById(speechNotesId(item.id, next.personId))?.focus()
    return true
  }

  return (
    <section className="live-section" aria-labelledby="speeches-title">
      <div className="live-section-head">
        <h3 id="speeches-title" className="live-section-title">
          发言与表态
        </h3>
        {editable && <span className="live-muted shortcut-hint">Tab 下一位 · Alt+1 同意 · Alt+2 不同意 · Alt+3 缓议 · Alt+4 其他意见</span>}
      </div>
      {members.length === 0 && <p className="live-muted">还没有登记出席的成员，登记出席后按发言顺序列出。</p>}
      <ol className="speech-list">
        {members.map((member, index) => {
          const place = item.speakingOrder.indexOf(member.personId)
          const speech = item.speeches.find((entry) => entry.personId === member.personId)
          if (editable) {
            return <SpeechEditor key={member.personId} item={item} member={member} place={place < 0 ? null : place + 1} speech={speech} onMove={(by) => focusSpeaker(index + by)} />
          }
          return (
            <li key={member.personId} className="speech">
              <div className="speech-head">
                <span className="speech-place" aria-hidden="true">
                  {place < 0 ? '—' : place + 1}
                </span>
                <span className="speech-name">
                  {member.name}
                  <span className="live-muted">{member.post}</span>
                </span>
                {sealed ? (
                  <AmendableText target="speech" targetId={`${item.id}:${member.personId}`} field="stance" original={speech?.stance ?? ''} choices={stanceChoices} inline />
                ) : (
                  <span className="badge badge-off">{speech?.stance ? stanceLabels[speech.stance] : '未表态'}</span>
                )}
              </div>
              <AmendableText target="speech" targetId={`${item.id}:${member.personId}`} field="notes" original={speech?.notes ?? ''} bare />
            </li>
          )
        })}
      </ol>
      {written.length > 0 && (
        <div className="written-views">
          <h4>请假成员书面意见（不计入表决）</h4>
          <ul>
            {written.map((member) => (
              <li key={member.personId}>
                <strong>{member.name}</strong>：{member.writtenView}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
