import type { KeyboardEvent } from 'react'
import type { AgendaItemView, MeetingMemberView, SpeechView } from '../../../../shared/meetings/views'
import { stanceLabels, stances, type Stance } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { useAutosave } from './autosave'
import { patchSpeech } from './detailPatches'
import { useLive } from './LiveContext'
import { SaveIndicator } from './SaveIndicator'

interface SpeechEditorProps {
  item: AgendaItemView
  member: MeetingMemberView
  /** 1-based place in the speaking order; null when no longer taking part. */
  place: number | null
  speech: SpeechView | undefined
  /** Moves the caret to the previous or next speaker's notes; false at either end. */
  onMove: (by: -1 | 1) => boolean
}

export const speechNotesId = (itemId: string, personId: string) => `speech-${itemId}-${personId}`

interface Draft {
  notes: string
  stance: Stance | null
}

/**
 * One speaker: the notes typed while they speak and their stance. Tab goes to the next
 * speaker's notes (Shift+Tab to this one's stance); Alt+1…4 sets the stance without leaving the notes.
 */
export function SpeechEditor({ item, member, place, speech, onMove }: SpeechEditorProps) {
  const { patch } = useLive()
  const id = speechNotesId(item.id, member.personId)
  const draft = useAutosave<Draft>({ notes: speech?.notes ?? '', stance: speech?.stance ?? null }, async (value) => {
    const result = await call('live.saveSpeech', { itemId: item.id, personId: member.personId, notes: value.notes, stance: value.stance })
    if (result.ok) patch(patchSpeech(item.id, { personId: member.personId, notes: value.notes, stance: value.stance, updatedAt: result.value.savedAt }))
    return result
  })

  function keys(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey) {
      if (onMove(1)) event.preventDefault()
      return
    }
    const digit = event.altKey && !event.ctrlKey ? Number(event.key) : NaN
    const stance = stances[digit - 1]
    if (stance) {
      event.preventDefault()
      draft.change({ ...draft.value, stance }, true)
    }
  }

  return (
    <li className="speech">
      <div className="speech-head">
        <span className="speech-place" aria-hidden="true">
          {place ?? '—'}
        </span>
        <label htmlFor={id} className="speech-name">
          {member.name}
          <span className="live-muted">
            {member.post}
            {place === null && '（已不在本议题发言名单中）'}
          </span>
        </label>
        <div className="segmented segmented-small" role="radiogroup" aria-label={`${member.name}的表态`}>
          {stances.map((stance, index) => (
            <label key={stance} className="segment" title={`Alt+${index + 1}`}>
              <input type="radio" name={`${id}-stance`} value={stance} checked={draft.value.stance === stance} onChange={() => draft.change({ ...draft.value, stance }, true)} />
              <span>{stanceLabels[stance]}</span>
            </label>
          ))}
        </div>
        <SaveIndicator state={draft.state} />
      </div>
      <textarea
        id={id}
        rows={3}
        value={draft.value.notes}
        aria-label={`${member.name}发言记录`}
        onChange={(event) => draft.change({ ...draft.value, notes: event.target.value })}
        onBlur={() => void draft.flush()}
        onKeyDown={keys}
      />
    </li>
  )
}
