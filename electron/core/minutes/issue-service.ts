import { copyNumberProblem } from '../../../shared/documents/minutes/content'
import type { MinutesState } from '../../../shared/documents/minutes/views'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { findMeeting } from '../live/recording'
import { meetingLabel } from '../meetings/meeting-label'
import { signMeeting } from '../records/sign-service'
import type { Session } from '../session'
import { minutesState, requireMinutes } from './minutes-store'
import { assertMinutesStatus, minutesTransaction, setMinutes } from './minutes-write'

/**
 * 签发: 已审核 → 已签发. Once the 纪要 is issued the meeting is sealed, so a meeting not yet
 * signed is signed here, by the record's own sign service and inside this transaction (its
 * steps nest as savepoints): if signing is refused (an incomplete record, no 干部任免 grant
 * for a meeting with personnel items), the 纪要 stays 已审核 and nothing changes. The
 * signing runs last, so its sealing of the book's entries is the final step, as in 签发.
 */
export function issueMinutes(session: Session, core: CoreContext, meetingId: string): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  assertMinutesStatus(row, label, 'reviewed', '签发')
  const missing = copyNumberProblem(minutesState(session, meetingId).minutes!.content)
  if (missing) throw new AppError('RULE_VIOLATION', `${missing}未签发。`)
  const signs = findMeeting(session.db, meetingId).status !== 'signed'
  const summary = `签发${label}纪要（${row.year}年第${row.issueNumber}期）${signs ? '，同时签发会议记录并封存' : ''}`
  minutesTransaction(
    session,
    core,
    label,
    { action: 'minutes.issue', entity: 'minutes', entityId: row.id, summary },
    (tx, at) => setMinutes(tx, row.id, { status: 'issued', issuedAt: at, issuedBy: session.user.id, issuedByName: session.user.displayName, updatedAt: at, updatedBy: session.user.id }),
    signs ? () => signMeeting(session, core, meetingId) : undefined,
  )
  return minutesState(session, meetingId)
}
