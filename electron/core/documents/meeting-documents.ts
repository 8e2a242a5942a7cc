import { localDay } from '../../../shared/calendar/local-day'
import { meetingNoticeFileName, meetingNoticeModel } from '../../../shared/documents/meeting-notice'
import { meetingRecordFileName, meetingRecordModel } from '../../../shared/documents/meeting-record'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { meetingStatusLabels } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import type { Session } from '../session'
import { exportDocument } from './export-document'
import { assertSealHolds } from '../seals/seal-refusal'
import { readDocumentSettings } from './settings-store'

// 会议通知 and 会议记录 from the meeting as stored, with the office's document settings.

/** The notice is dated the day the meeting was notified, or today while it is still being prepared. */
function noticeDay(detail: MeetingDetail, core: CoreContext): string {
  return detail.notifiedAt ? localDay(new Date(detail.notifiedAt)) : localDay(core.now())
}

export function meetingNotice(session: Session, core: CoreContext, meetingId: string): { detail: MeetingDetail; model: DocumentModel } {
  const detail = loadMeetingDetail(session.db, meetingId)
  const model = meetingNoticeModel({ detail, settings: readDocumentSettings(session.db), issuedOn: noticeDay(detail, core) })
  return { detail, model }
}

export function meetingRecord(session: Session, meetingId: string): { detail: MeetingDetail; model: DocumentModel } {
  const detail = loadMeetingDetail(session.db, meetingId)
  if (detail.status === 'preparing' || detail.status === 'notified') {
    throw new AppError('STATUS_INVALID', `${detail.label}尚未开始（当前为“${meetingStatusLabels[detail.status]}”），会议开始后才有会议记录。`)
  }
  return { detail, model: meetingRecordModel({ detail, settings: readDocumentSettings(session.db) }) }
}

export function exportMeetingNotice(session: Session, core: CoreContext, meetingId: string, output?: DocumentOutput): Promise<DocumentOutputResult> {
  const { detail, model } = meetingNotice(session, core, meetingId)
  return exportDocument(session, core, { model, defaultName: meetingNoticeFileName(detail), dialogTitle: '导出会议通知', action: 'documents.exportMeetingNotice', entity: 'meeting', entityId: detail.id }, output)
}

export function exportMeetingRecord(session: Session, core: CoreContext, meetingId: string, output?: DocumentOutput): Promise<DocumentOutputResult> {
  const { detail, model } = meetingRecord(session, meetingId)
  assertSealHolds(detail.sealCheck, `${detail.label}的会议记录`)
  return exportDocument(session, core, { model, defaultName: meetingRecordFileName(detail), dialogTitle: '导出会议记录（导出的文件不再加密，请妥善保管）', action: 'documents.exportMeetingRecord', entity: 'meeting', entityId: detail.id }, output)
}
