import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { personnelOutcomeProblem } from '../../../shared/personnel/meeting-item'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, meetings } from '../db/schema/main'
import { consultationDone } from '../live/checked-detail'
import { outcomeProblems, recordedVoteProblem } from '../live/item-rules'
import { itemBookState, type ItemBookState } from '../live/personnel-item'
import { commitRecording, findMeeting, sealedError, type RecordingSession } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { sealBookEntriesForMeeting } from '../personnel/seal-entries'
import { sealHashOf } from './seal-hash'
import { sealSignerOf } from '../seals/signed-seal'
import { signSeal } from './seal-signature'

/** What keeps an ended meeting from being signed: an incomplete or rule-breaking record. */
function signingProblem(db: MainDb, detail: MeetingDetail, book: ReadonlyMap<string, ItemBookState>): string | null {
  const pending = detail.members.filter((member) => member.attendance === 'pending')
  if (pending.length > 0) return `签发前须登记全部应到成员的出席情况，尚未登记：${pending.map((member) => member.name).join('、')}。`
  const open = detail.items.filter((item) => item.outcome === null)
  if (open.length > 0) return `签发前每个议题都须记录结果（通过、不通过、缓议或撤回），尚未记录：${open.map((item) => `“${item.topic.title}”`).join('、')}。`
  for (const item of detail.items) {
    const entry = book.get(item.id)
    const bookProblem = entry && item.outcome ? personnelOutcomeProblem(item.outcome, entry.results, entry.undecided) : null
    if (bookProblem) return `议题“${item.topic.title}”的结果与专用记录本${entry?.label ?? ''}不一致：${bookProblem}请先更正后再签发。`
    const vote = recordedVoteProblem(detail, item)
    if (vote) return `议题“${item.topic.title}”的表决记录不符合规则：${vote}。请先更正后再签发。`
    const [problem] = item.outcome ? outcomeProblems(detail, item, item.outcome, consultationDone(db, item)) : []
    if (problem) return `议题“${item.topic.title}”的结果不符合规则：${problem.message}请先更正后再签发。`
  }
  return null
}

/**
 * The book's entries of the meeting's personnel items. Signing such a meeting seals them, so
 * it needs the personnel key: without it the entries could not be read, checked or sealed.
 */
function bookOfMeeting(session: RecordingSession, detail: MeetingDetail): Map<string, ItemBookState> {
  const personnel = detail.items.filter((item) => item.topic.category === 'personnel')
  if (personnel.length === 0) return new Map()
  if (session.vault.personnel === null) {
    throw new AppError(
      'FORBIDDEN',
      `本次会议有干部任免议题（${personnel.map((item) => `“${item.topic.title}”`).join('、')}）：签发时要同时封存干部任免专用记录本中的记录，须由持有干部任免权限的人员签发。未签发。`,
    )
  }
  const book = new Map<string, ItemBookState>()
  for (const item of personnel) {
    const state = itemBookState(session.vault.personnel, item.id, item.topic.id)
    if (state) book.set(item.id, state)
  }
  return book
}

/** Personnel items whose record does not yet say where the book has them: given the reference before the seal. */
function referBookEntries(session: RecordingSession, core: CoreContext, detail: MeetingDetail, book: ReadonlyMap<string, ItemBookState>): void {
  const stale = detail.items.filter((item) => {
    const entry = book.get(item.id)
    return entry !== undefined && item.decisionText !== entry.reference
  })
  for (const item of stale) {
    const reference = book.get(item.id)!.reference
    commitRecording(session, core, { action: 'live.saveDecision', entity: 'agenda_item', entityId: item.id, summary: `议题“${item.topic.title}”：决定内容记为“${reference}”` }, (tx, at) => {
      tx.update(agendaItems).set({ decisionText: reference, updatedAt: at, updatedBy: session.user.id }).where(eq(agendaItems.id, item.id)).run()
    })
  }
}

/**
 * 签发: seals the record. The hash covers what was recorded (shared/meetings/seal.ts); from
 * now on the seal triggers refuse any change, and corrections are amendments.
 *
 * The book's entries of the meeting are sealed in the same operation. The two stores are
 * two databases, so the order matters: the personnel store's sealing runs as the last step
 * inside the main store's transaction, after every check and write there. If it fails, the
 * main transaction rolls back (nothing signed, nothing sealed). If the main store's commit
 * then failed, the entries would be sealed for a meeting not yet signed: a state that holds
 * (the entries say what was decided and cannot change) and that the next 签发 completes
 * (it seals only entries still open). A signed meeting with an open entry cannot arise.
 */
export function signMeeting(session: RecordingSession, core: CoreContext, meetingId: string): MeetingDetail {
  const meeting = findMeeting(session.db, meetingId)
  const status = meeting.status as MeetingStatus
  if (status === 'signed') throw sealedError()
  if (status !== 'ended') throw new AppError('STATUS_INVALID', `会议处于“${meetingStatusLabels[status]}”阶段：只有已结束的会议才能签发。请先结束会议。`)
  const loaded = loadMeetingDetail(session.db, meetingId)
  const book = bookOfMeeting(session, loaded)
  const problem = signingProblem(session.db, loaded, book)
  if (problem) throw new AppError('RULE_VIOLATION', problem)
  referBookEntries(session, core, loaded, book)
  const before = book.size > 0 ? loadMeetingDetail(session.db, meetingId) : loaded
  // Handlers run one at a time, so the record read here is the one sealed below.
  const sealHash = sealHashOf(before)
  const labels = [...book.values()].map((entry) => entry.label)
  const bookNote = labels.length > 0 ? `；同时封存干部任免专用记录本${labels.join('、')}` : ''
  const summary = `签发${before.label}，会议记录封存（校验值 SHA-256 ${sealHash}）${bookNote}`
  // None while the vault awaits the upgrade of its key file.
  const signer = sealSignerOf(session)
  return commitRecording(session, core, { action: 'meetings.sign', entity: 'meeting', entityId: meetingId, summary }, (tx, at) => {
    tx.update(meetings)
      .set({ status: 'signed', signedAt: at, signedBy: session.user.id, signedByName: session.user.displayName, sealHash, sealSignature: signer ? signSeal(signer.signingKey, signer.publicKey, meetingId, sealHash) : null, updatedAt: at, updatedBy: session.user.id })
      .where(eq(meetings.id, meetingId))
      .run()
    const signed = loadMeetingDetail(tx, meetingId)
    if (session.vault.personnel !== null && book.size > 0) {
      sealBookEntriesForMeeting(session.vault.personnel, meetingId, { chairName: before.chairName ?? '', recorderName: before.recorderName, signer }, new Date(at))
    }
    return signed
  })
}
