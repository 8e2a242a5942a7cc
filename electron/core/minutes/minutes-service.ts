import { randomUUID } from 'node:crypto'
import { copyNumberProblem, type MinutesContent } from '../../../shared/documents/minutes/content'
import { draftMinutes } from '../../../shared/documents/minutes/draft'
import type { MinutesState } from '../../../shared/documents/minutes/views'
import { AppError } from '../../../shared/errors'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { minutes } from '../db/schema/documents'
import { readDocumentSettings } from '../documents/settings-store'
import { findMeeting } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { meetingLabel } from '../meetings/meeting-label'
import type { Session } from '../session'
import { contentProblem } from './content-rules'
import { minutesRow, minutesState, nextIssueNumber, requireMinutes, returnReasonMarker } from './minutes-store'
import { assertMinutesStatus, minutesTransaction, setMinutes } from './minutes-write'

// 起草 and the edits before 审核, then 审核通过 and 退回修改. 签发 is in issue-service.ts.

function draftFromRecord(session: Session, meetingId: string): MinutesContent {
  const meeting = findMeeting(session.db, meetingId)
  const status = meeting.status as MeetingStatus
  if (status !== 'ended' && status !== 'signed') {
    throw new AppError('STATUS_INVALID', `会议处于“${meetingStatusLabels[status]}”阶段：会议结束后才能起草纪要（纪要依据会议记录起草）。请先结束会议。`)
  }
  return draftMinutes(loadMeetingDetail(session.db, meetingId), readDocumentSettings(session.db))
}

/** 起草: the first draft from the record, numbered 第×期 (the next for the body and year). */
export function draftMinutesOf(session: Session, core: CoreContext, meetingId: string): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const existing = minutesRow(session.db, meetingId)
  if (existing) throw new AppError('DUPLICATE', `${label}已有纪要（${existing.year}年第${existing.issueNumber}期），不能重复起草。如需按会议记录重写，请在起草状态下使用“按会议记录重新起草”。`)
  const content = draftFromRecord(session, meetingId)
  const meeting = findMeeting(session.db, meetingId)
  const year = Number(meeting.date.slice(0, 4))
  // Handlers run one at a time, so the number read here is still free when inserted.
  const issueNumber = nextIssueNumber(session.db, meeting.bodyId, year, readDocumentSettings(session.db).minutesNumbering)
  const id = randomUUID()
  minutesTransaction(session, core, label, { action: 'minutes.draft', entity: 'minutes', entityId: id, summary: `依据会议记录起草${label}纪要（${year}年第${issueNumber}期）` }, (tx, at) => {
    tx.insert(minutes)
      .values({ id, meetingId, bodyId: meeting.bodyId, year, issueNumber, status: 'draft', content, draftedAt: at, draftedBy: session.user.id, draftedByName: session.user.displayName, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id })
      .run()
  })
  return minutesState(session, meetingId)
}

/** Replaces the draft's text with a new one from the record; the marks, distribution, personnel choice and each item's 会议认为 stay. */
export function redraftMinutes(session: Session, core: CoreContext, meetingId: string): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  assertMinutesStatus(row, label, 'draft', '重新起草')
  const fresh = draftFromRecord(session, meetingId)
  const kept = minutesState(session, meetingId).minutes!.content
  // 会议认为 is the secretary's own text, not the record's: it stays with its item.
  const views = new Map(kept.sections.map((section) => [section.agendaItemId, section.view]))
  const sections = fresh.sections.map((section) => ({ ...section, view: views.get(section.agendaItemId) ?? '' }))
  const content: MinutesContent = { ...fresh, sections, includePersonnel: kept.includePersonnel, classification: kept.classification, copyNumber: kept.copyNumber, distribution: kept.distribution }
  minutesTransaction(session, core, label, { action: 'minutes.redraft', entity: 'minutes', entityId: row.id, summary: `按会议记录重新起草${label}纪要（原稿内容被替换）` }, (tx, at) => {
    setMinutes(tx, row.id, { content, updatedAt: at, updatedBy: session.user.id })
  })
  return minutesState(session, meetingId)
}

/** Saves the edited 纪要 (only while 起草); an unchanged text writes nothing. */
export function updateMinutes(session: Session, core: CoreContext, meetingId: string, content: MinutesContent): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  assertMinutesStatus(row, label, 'draft', '修改')
  const stored = minutesState(session, meetingId).minutes!.content
  if (content.includePersonnel && !stored.includePersonnel && session.vault.personnel === null) {
    throw new AppError('FORBIDDEN', '在纪要中写入干部任免人选及表决结果，须持有干部任免权限（人选情况从专用记录本读取）。您没有该权限，未保存。')
  }
  const problem = contentProblem(stored, content)
  if (problem) throw new AppError('RULE_VIOLATION', `${problem}未保存。`)
  if (JSON.stringify(stored) === JSON.stringify(content)) return minutesState(session, meetingId)
  const personnelNote = content.includePersonnel !== stored.includePersonnel ? (content.includePersonnel ? '；选择写入干部任免人选情况' : '；干部任免事项改为只写专用记录本编号') : ''
  minutesTransaction(session, core, label, { action: 'minutes.update', entity: 'minutes', entityId: row.id, summary: `修改${label}纪要${personnelNote}` }, (tx, at) => {
    setMinutes(tx, row.id, { content, updatedAt: at, updatedBy: session.user.id })
  })
  return minutesState(session, meetingId)
}

/** 审核通过: 起草 → 已审核. */
export function reviewMinutes(session: Session, core: CoreContext, meetingId: string): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  assertMinutesStatus(row, label, 'draft', '审核')
  const missing = copyNumberProblem(minutesState(session, meetingId).minutes!.content)
  if (missing) throw new AppError('RULE_VIOLATION', `${missing}未审核。`)
  minutesTransaction(session, core, label, { action: 'minutes.review', entity: 'minutes', entityId: row.id, summary: `${label}纪要（第${row.issueNumber}期）审核通过` }, (tx, at) => {
    setMinutes(tx, row.id, { status: 'reviewed', reviewedAt: at, reviewedBy: session.user.id, reviewedByName: session.user.displayName, updatedAt: at, updatedBy: session.user.id })
  })
  return minutesState(session, meetingId)
}

/** 退回修改: 已审核 → 起草, with the reason (kept in the audit entry and shown on the screen). */
export function returnMinutesToDraft(session: Session, core: CoreContext, meetingId: string, reason: string): MinutesState {
  const label = meetingLabel(session.db, meetingId)
  const row = requireMinutes(session.db, meetingId)
  if (row.status === 'draft') throw new AppError('STATUS_INVALID', `${label}纪要尚在起草，还未审核，无需退回，可直接修改。`)
  assertMinutesStatus(row, label, 'reviewed', '退回修改')
  minutesTransaction(session, core, label, { action: 'minutes.returnToDraft', entity: 'minutes', entityId: row.id, summary: `${label}纪要退回修改，${returnReasonMarker}${reason}` }, (tx, at) => {
    setMinutes(tx, row.id, { status: 'draft', reviewedAt: null, reviewedBy: null, reviewedByName: null, updatedAt: at, updatedBy: session.user.id })
  })
  return minutesState(session, meetingId)
}
