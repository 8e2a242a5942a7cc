import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { classificationMark, type Classification } from '../../../shared/documents/settings'
import { AppError } from '../../../shared/errors'
import { copyChangeProblem, copyLabel, copyNumberText, copyRecipients } from '../../../shared/meeting-papers/copies'
import { copyStateLabels, type CopyState, type MeetingPapersView } from '../../../shared/meeting-papers/views'
import type { CoreContext } from '../context'
import { agendaItems, secretCopies, secretMaterials } from '../db/schema/main'
import { commitRecording, findMeeting, sealedError, type RecordingSession } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { loadMeetingPapers } from './papers-store'

// 涉密材料分发回收: a classified material is registered with one numbered copy per recipient
// (the rule in shared/meeting-papers/copies.ts), then each copy is checked back or closed
// with a reason. Every step is one audited transaction. Copies may be checked back after
// 签发 (会后补交): the register is not part of the sealed record.

export interface IssueInput {
  meetingId: string
  itemId: string | null
  title: string
  classification: Classification
}

export function issueSecretMaterial(session: RecordingSession, core: CoreContext, input: IssueInput): MeetingPapersView {
  const meeting = findMeeting(session.db, input.meetingId)
  if (meeting.status === 'signed') throw sealedError()
  if (input.classification.level === 'none') throw new AppError('INVALID_INPUT', '涉密材料须标明密级（秘密、机密或绝密），未登记。')
  if (input.itemId) {
    const item = session.db.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, input.meetingId))).get()
    if (!item) throw new AppError('NOT_FOUND', '所选议题不在本次会议的议程中（可能已被移除），请刷新后重试。')
  }
  const recipients = copyRecipients(loadMeetingDetail(session.db, input.meetingId), input.itemId)
  if (recipients.length === 0) throw new AppError('RULE_VIOLATION', '本次会议没有可分发的对象（成员均请假，也没有列席人员），未登记。')
  const title = input.title.trim()
  const summary = `登记涉密材料《${title}》（${classificationMark(input.classification) ?? ''}），编号分发${recipients.length}份`
  return commitRecording(session, core, { action: 'papers.issueSecretMaterial', entity: 'meeting', entityId: input.meetingId, summary }, (tx, at) => {
    const materialId = randomUUID()
    const stamps = { createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id }
    tx.insert(secretMaterials)
      .values({ id: materialId, meetingId: input.meetingId, agendaItemId: input.itemId, title, classificationLevel: input.classification.level, classificationYears: input.classification.years, ...stamps })
      .run()
    tx.insert(secretCopies)
      .values(recipients.map((r, index) => ({ id: randomUUID(), materialId, copyNumber: index + 1, recipientGroup: r.group, recipientName: r.name, recipientPost: r.post, state: 'out', note: null, returnedAt: null, ...stamps })))
      .run()
    return loadMeetingPapers(tx, input.meetingId)
  })
}

/** 收回 (returned), 注明原因 (settled, with the note) or back to 未收回 (out) when ticked by mistake. */
export function markCopy(session: RecordingSession, core: CoreContext, input: { copyId: string; state: CopyState; note: string | null }): MeetingPapersView {
  const row = session.db
    .select({ copy: secretCopies, title: secretMaterials.title, meetingId: secretMaterials.meetingId })
    .from(secretCopies)
    .innerJoin(secretMaterials, eq(secretMaterials.id, secretCopies.materialId))
    .where(eq(secretCopies.id, input.copyId))
    .get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该份涉密材料（可能已被删除），请刷新后重试。')
  const copy = { copyNumber: copyNumberText(row.copy.copyNumber), recipientName: row.copy.recipientName, state: row.copy.state as CopyState }
  const problem = copyChangeProblem(row.title, copy, input.state, input.note)
  if (problem) throw new AppError(input.state === copy.state ? 'DUPLICATE' : 'INVALID_INPUT', `${problem}，未保存。`)
  const note = input.state === 'settled' ? input.note!.trim() : null
  const summary = `${copyLabel(row.title, copy)}：${copyStateLabels[copy.state]} → ${copyStateLabels[input.state]}${note ? `（${note}）` : ''}`
  return commitRecording(session, core, { action: 'papers.markCopy', entity: 'meeting', entityId: row.meetingId, summary }, (tx, at) => {
    tx.update(secretCopies)
      .set({ state: input.state, note, returnedAt: input.state === 'returned' ? at : null, updatedAt: at, updatedBy: session.user.id })
      .where(eq(secretCopies.id, input.copyId))
      .run()
    return loadMeetingPapers(tx, row.meetingId)
  })
}
