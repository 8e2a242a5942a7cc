import { asc, eq } from 'drizzle-orm'
import { buildBallotPapers, ballotPapersFileName } from '../../../shared/documents/ballot/ballot-papers'
import { buildTallyReport, candidateRows, tallyReportFileName } from '../../../shared/documents/ballot/tally-report'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { matters } from '../db/schema/personnel'
import { classificationOf, type BallotDocument } from '../documents/ballot-documents'
import { ballotParticipants } from '../personnel/ballot-tally-service'
import { openBook } from '../personnel/book-access'
import { requireEntry } from '../personnel/book-store'
import { requireCadre } from '../personnel/cadre-store'
import { entryView } from '../personnel/entry-view'
import { readMeetingContext } from '../personnel/meeting-context'
import type { Session } from '../session'
import { sealVerifier } from '../seals/signed-seal'

// The papers of a secret ballot on a personnel item: the 表决票 (as many as the members
// taking part in the item's vote, every candidate of the topic on each) and, once counted,
// the 计票结果报告单. Both name candidates, so they are personnel documents (the grant).

export function ballotPapersModel(session: Session, core: CoreContext, input: { meetingId: string; agendaItemId: string; numbered: boolean }): BallotDocument {
  const context = readMeetingContext(session.db, input.meetingId, input.agendaItemId)
  const db = openBook(session, core)
  const rows = db.select().from(matters).where(eq(matters.topicId, context.topicId)).orderBy(asc(matters.createdAt)).all()
  if (rows.length === 0) throw new AppError('RULE_VIOLATION', '本议题还没有人选，不能生成表决票。请先在专用记录本中添加人选。')
  const count = ballotParticipants(context).length
  if (count === 0) throw new AppError('RULE_VIOLATION', '参加该议题表决的成员为 0 人（已扣除请假、离席和回避的成员），不能生成表决票。')
  const model = buildBallotPapers({
    meetingLabel: context.label,
    meetingDate: context.date,
    itemTitle: context.topicTitle,
    candidates: rows.map((row) => ({ name: requireCadre(db, row.cadreId).name, proposedPost: row.proposedPost, postToRemove: row.postToRemove })),
    count,
    numbered: input.numbered,
    classification: classificationOf(session),
  })
  return { model, fileName: ballotPapersFileName(context.label) }
}

export function tallyReportModel(session: Session, core: CoreContext, entryId: string): BallotDocument {
  const db = openBook(session, core)
  const entry = entryView(db, requireEntry(db, entryId), sealVerifier(session.db))
  const tally = entry.ballotTally
  if (!tally) throw new AppError('NOT_FOUND', '该条记录还没有登记无记名投票的计票结果，不能生成计票结果报告单。')
  const model = buildTallyReport({
    meetingLabel: entry.meetingLabel, meetingDate: entry.meetingDate, itemTitle: entry.topicTitle, tally, rows: candidateRows(entry),
    required: entry.candidates[0]?.required ?? 0, classification: classificationOf(session),
  })
  return { model, fileName: tallyReportFileName(entry.meetingLabel) }
}
