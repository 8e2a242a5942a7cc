import { buildFollowUpReport } from '../../../shared/documents/follow-up-report'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import type { TaskFilter } from '../../../shared/follow-up/task-filter'
import type { CoreContext } from '../context'
import { readDocumentSettings } from '../documents/settings-store'
import { exportDocument } from '../documents/export-document'
import { meetingLabel } from '../meetings/meeting-label'
import type { Session } from '../session'
import { listTasks, statusDay } from './task-rows'

// 督办通报 of the filtered tasks: the model for the preview, and the same model as .docx.

export function followUpReportModel(session: Session, core: CoreContext, filter: TaskFilter): DocumentModel {
  const day = statusDay(session.db, core)
  const settings = readDocumentSettings(session.db)
  return buildFollowUpReport({
    rows: listTasks(session.db, day, filter),
    today: day.today,
    issuerShortName: settings.issuerShortName,
    office: settings.printingOffice,
    meetingLabel: filter.meetingId ? meetingLabel(session.db, filter.meetingId) || null : null,
  })
}

export function exportFollowUpReport(session: Session, core: CoreContext, filter: TaskFilter, output?: DocumentOutput): Promise<DocumentOutputResult> {
  const model = followUpReportModel(session, core, filter)
  return exportDocument(session, core, { model, defaultName: model.documentTitle, dialogTitle: '导出督办通报', action: 'followUp.exportReport', entity: 'follow_up_task' }, output)
}
