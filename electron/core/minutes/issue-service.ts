import { copyNumberProblem } from '../../../shared/documents/minutes/content'
import type { MinutesState, SignerChoice } from '../../../shared/documents/minutes/views'
import { chineseDate, localDate } from '../../../shared/roster/dates'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { findMeeting } from '../live/recording'
import { meetingLabel } from '../meetings/meeting-label'
import { signMeeting } from '../records/sign-service'
import type { Session } from '../session'
import { minutesState, requireMinutes } from './minutes-store'
import { assertMinutesStatus, minutesTransaction, setMinutes } from './minutes-write'

export interface SigningInput {
  /** 签发人: a member of the meeting; the first by rank (the 书记) when not given. */
  signerId?: string
  /** The day the 签发人 signed (YYYY-MM-DD); today when not given. */
  signedOn?: string
}

function chosenSigner(choices: readonly SignerChoice[], signerId: string | undefined, label: string): SignerChoice {
  const signer = signerId === undefined ? choices[0] : choices.find((choice) => choice.personId === signerId)
  if (signer) return signer
  if (signerId === undefined) throw new AppError('RULE_VIOLATION', `${label}没有应到会成员，无法确定签发人，未签发。`)
  throw new AppError('RULE_VIOLATION', `签发人须是${label}的应到会成员（通常是书记），未签发。`)
}

/**
 * 签发: 已审核 → 已签发, with the 签发人 (a member, the 书记 by default) and the day he
 * signed, recorded apart from the operator who enters it. Once the 纪要 is issued the meeting is sealed, so a meeting not yet
 * signed is signed here, by the record's own sign service and inside this transaction (its
 * steps nest as savepoints): if signing is refused (an incomplete record, no 干部任免 grant
 * for a meeting with personnel items), the 纪要 stays 已审核 and nothing changes. The
 * signing runs last, so its sealing of the book's entries is the final step, as in 签发.
 */
export function issueMinutes(session: Session, core: CoreContext, meetingId: string, signing: SigningInput = {}): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  assertMinutesStatus(row, label, 'reviewed', '签发')
  const state = minutesState(session, meetingId)
  const missing = copyNumberProblem(state.minutes!.content)
  if (missing) throw new AppError('RULE_VIOLATION', `${missing}未签发。`)
  const meeting = findMeeting(session.db, meetingId)
  const signer = chosenSigner(state.signerChoices, signing.signerId, label)
  const signedOn = signing.signedOn ?? localDate(core.now())
  if (signedOn > localDate(core.now())) throw new AppError('RULE_VIOLATION', `签发日期${chineseDate(signedOn)}还没有到：请填写签发人实际签发的日期，未签发。`)
  if (signedOn < meeting.date) throw new AppError('RULE_VIOLATION', `签发日期${chineseDate(signedOn)}早于会议日期${chineseDate(meeting.date)}：纪要在会后签发，未签发。`)
  const signs = meeting.status !== 'signed'
  // The operator is the audit entry's user; the 签发人 and his date are what the entry records.
  const summary = `签发${label}纪要（${row.year}年第${row.issueNumber}期），签发人${signer.name}，签发日期${chineseDate(signedOn)}${signs ? '，同时签发会议记录并封存' : ''}`
  minutesTransaction(
    session,
    core,
    label,
    { action: 'minutes.issue', entity: 'minutes', entityId: row.id, summary },
    (tx, at) =>
      setMinutes(tx, row.id, {
        status: 'issued',
        issuedAt: at,
        issuedBy: session.user.id,
        issuedByName: session.user.displayName,
        signerId: signer.personId,
        signerName: signer.name,
        signedOn,
        updatedAt: at,
        updatedBy: session.user.id,
      }),
    signs ? () => signMeeting(session, core, meetingId) : undefined,
  )
  return minutesState(session, meetingId)
}
