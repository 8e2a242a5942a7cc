import { entryPageFileName } from '../../../shared/documents/personnel/book-entry-page'
import { exportDocument } from '../documents/export-document'
import { assertSealHolds } from '../seals/seal-refusal'
import type { HandlerGroup } from '../handler-types'
import { appointmentDraft, appointmentModel } from './appointment'
import { ballotPapersModel, tallyReportModel } from './ballot-documents'
import { entryPageModel } from './entry-page'
import { noticeDraft, noticeModel } from './public-notice'
import { recordAppointment, recordNotice } from './record'

// Every export is audited by exportDocument with the path the user picked; the book's own
// opening is audited by openBook.

export const personnelDocumentsHandlers = {
  'personnelDocuments.ballotPapers': (input, session, core) => ballotPapersModel(session, core, input).model,
  'personnelDocuments.exportBallotPapers': async (input, session, core) => {
    const { model, fileName } = ballotPapersModel(session, core, input)
    return exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出表决票', action: 'personnelDocuments.exportBallotPapers', entity: 'personnel_book', entityId: null, auditFolderOnly: true }, input.output)
  },
  'personnelDocuments.tallyReport': (input, session, core) => tallyReportModel(session, core, input.entryId).model,
  'personnelDocuments.exportTallyReport': async (input, session, core) => {
    const { model, fileName } = tallyReportModel(session, core, input.entryId)
    return exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出计票结果报告单', action: 'personnelDocuments.exportTallyReport', entity: 'personnel_book', entityId: input.entryId, auditFolderOnly: true }, input.output)
  },
  'personnelDocuments.entryPage': (input, session, core) => entryPageModel(session, core, input.entryId).model,
  'personnelDocuments.exportEntryPage': async (input, session, core) => {
    const { model, label, seal } = entryPageModel(session, core, input.entryId)
    assertSealHolds(seal, `专用记录本${label}`)
    return exportDocument(session, core, {
      model,
      defaultName: entryPageFileName({ label }),
      dialogTitle: '导出专用记录本页',
      action: 'personnelDocuments.exportEntryPage',
      entity: 'personnel_book',
      entityId: input.entryId,
      auditFolderOnly: true,
    }, input.output)
  },
  'personnelDocuments.appointmentDraft': (input, session, core) => appointmentDraft(session, core, input.matterIds),
  'personnelDocuments.appointmentPreview': (input, session, core) => appointmentModel(session, core, input, false).model,
  'personnelDocuments.exportAppointment': async (input, session, core) => {
    const { model, fileName, docNumber } = appointmentModel(session, core, input, true)
    const saved = await exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出干部任免通知', action: 'personnelDocuments.exportAppointment', entity: 'personnel_book', entityId: null, auditFolderOnly: true }, input.output)
    if (saved && input.record) recordAppointment(session, core, input.matterIds, docNumber, input.date)
    return saved
  },
  'personnelDocuments.noticeDraft': (input, session, core) => noticeDraft(session, core, input),
  'personnelDocuments.noticePreview': (input, session, core) => noticeModel(session, core, input).model,
  'personnelDocuments.exportNotice': async (input, session, core) => {
    const { model, fileName } = noticeModel(session, core, input)
    const saved = await exportDocument(session, core, { model, defaultName: fileName, dialogTitle: '导出任前公示', action: 'personnelDocuments.exportNotice', entity: 'personnel_book', entityId: null, auditFolderOnly: true }, input.output)
    if (saved && input.record) recordNotice(session, core, input.matterIds, input.start, input.end)
    return saved
  },
} satisfies HandlerGroup<
  | 'personnelDocuments.ballotPapers' | 'personnelDocuments.exportBallotPapers' | 'personnelDocuments.tallyReport' | 'personnelDocuments.exportTallyReport'
  | 'personnelDocuments.entryPage' | 'personnelDocuments.exportEntryPage' | 'personnelDocuments.appointmentDraft' | 'personnelDocuments.appointmentPreview'
  | 'personnelDocuments.exportAppointment' | 'personnelDocuments.noticeDraft' | 'personnelDocuments.noticePreview' | 'personnelDocuments.exportNotice'
>
