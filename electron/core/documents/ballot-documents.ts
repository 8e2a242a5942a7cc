import { buildBallotPapers, ballotPapersFileName } from '../../../shared/documents/ballot/ballot-papers'
import { buildTallyReport, tallyReportFileName } from '../../../shared/documents/ballot/tally-report'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { classificationMark } from '../../../shared/documents/settings'
import { AppError } from '../../../shared/errors'
import { itemParticipants, presentMemberIds } from '../../../shared/meetings/item-presence'
import type { AgendaItemView, MeetingDetail } from '../../../shared/meetings/views'
import { voteOutcome } from '../../../shared/meetings/voting'
import type { CoreContext } from '../context'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import type { Session } from '../session'
import { exportDocument } from './export-document'
import { readDocumentSettings } from './settings-store'

// 表决票 and 计票结果报告单 of a secret ballot on an item other than personnel (whose papers
// name candidates and come from the book: electron/core/personnel-documents/ballot-documents.ts).

function generalItem(session: Session, meetingId: string, itemId: string): { detail: MeetingDetail; item: AgendaItemView } {
  const detail = loadMeetingDetail(session.db, meetingId)
  const item = detail.items.find((row) => row.id === itemId)
  if (!item) throw new AppError('NOT_FOUND', '该议题不在这次会议的议程中，请刷新后重试。')
  if (item.topic.category === 'personnel') throw new AppError('RULE_VIOLATION', '干部任免议题的表决票和计票结果报告单在干部任免专用记录本中生成。')
  return { detail, item }
}

export interface BallotDocument {
  model: DocumentModel
  fileName: string
}

/** The meeting papers' 密级 (设置 → 公文), as the 会议记录 carries it. */
export const classificationOf = (session: Session): string | null => classificationMark(readDocumentSettings(session.db).defaultClassification)

export function itemBallotPapers(session: Session, input: { meetingId: string; itemId: string; numbered: boolean }): BallotDocument {
  const { detail, item } = generalItem(session, input.meetingId, input.itemId)
  const count = itemParticipants(detail, item).length
  if (count === 0) throw new AppError('RULE_VIOLATION', '参加该议题表决的成员为 0 人（已扣除请假、离席和回避的成员），不能生成表决票。')
  const model = buildBallotPapers({ meetingLabel: detail.label, meetingDate: detail.date, itemTitle: item.topic.title, candidates: [], count, numbered: input.numbered, classification: classificationOf(session) })
  return { model, fileName: ballotPapersFileName(detail.label) }
}

export function itemTallyReport(session: Session, input: { meetingId: string; itemId: string }): BallotDocument {
  const { detail, item } = generalItem(session, input.meetingId, input.itemId)
  const vote = item.vote
  if (!vote?.tally) throw new AppError('NOT_FOUND', '该议题还没有登记无记名投票的计票结果，不能生成计票结果报告单。')
  const nameOf = (id: string) => detail.members.find((m) => m.personId === id)?.name ?? ''
  const outcome = voteOutcome(Math.max(1, detail.members.length), vote.counts.for)
  const { scrutineerIds, tellerIds, ...ballots } = vote.tally
  const model = buildTallyReport({
    meetingLabel: detail.label, meetingDate: detail.date, itemTitle: item.topic.title,
    tally: { members: detail.members.length, present: presentMemberIds(detail).length, ...ballots, scrutineers: scrutineerIds.map(nameOf), tellers: tellerIds.map(nameOf) },
    rows: [{ name: null, posts: '', counts: vote.counts, resultLabel: outcome.passed ? '通过' : '未通过' }],
    required: outcome.required, classification: classificationOf(session),
  })
  return { model, fileName: tallyReportFileName(detail.label) }
}

export function exportItemBallotPapers(session: Session, core: CoreContext, input: { meetingId: string; itemId: string; numbered: boolean; output?: DocumentOutput }): Promise<DocumentOutputResult> {
  const { model, fileName } = itemBallotPapers(session, input)
  return exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出表决票', action: 'documents.exportBallotPapers', entity: 'agenda_item', entityId: input.itemId }, input.output)
}

export function exportItemTallyReport(session: Session, core: CoreContext, input: { meetingId: string; itemId: string; output?: DocumentOutput }): Promise<DocumentOutputResult> {
  const { model, fileName } = itemTallyReport(session, input)
  return exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出计票结果报告单', action: 'documents.exportTallyReport', entity: 'agenda_item', entityId: input.itemId }, input.output)
}
