import { meetingAgendaFileName, meetingAgendaModel } from '../../../shared/documents/meeting-papers/agenda'
import { secretRegisterFileName, secretRegisterModel } from '../../../shared/documents/meeting-papers/secret-register'
import { signInSheetFileName, signInSheetModel } from '../../../shared/documents/meeting-papers/sign-in-sheet'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { exportDocument } from '../documents/export-document'
import { readDocumentSettings } from '../documents/settings-store'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import type { Session } from '../session'
import { loadSecretMaterials } from './papers-store'

// 议程, 签到表 and 涉密材料分发回收登记表 from the meeting as stored. A personnel item's title
// is printed only for a holder of the 干部任免 grant: held as a key, not a flag a user can set.

export type PaperKind = 'agenda' | 'signInSheet' | 'secretRegister'

const dialogTitles: Record<PaperKind, string> = { agenda: '导出会议议程', signInSheet: '导出签到表', secretRegister: '导出涉密材料分发回收登记表（导出的文件不再加密，请妥善保管）' }
const actions: Record<PaperKind, string> = { agenda: 'papers.exportAgenda', signInSheet: 'papers.exportSignInSheet', secretRegister: 'papers.exportSecretRegister' }

export function meetingPaper(session: Session, meetingId: string, kind: PaperKind): { model: DocumentModel; fileName: string } {
  const detail = loadMeetingDetail(session.db, meetingId)
  const settings = readDocumentSettings(session.db)
  const showPersonnelTitles = session.vault.personnelKey !== null
  if (kind === 'agenda') return { model: meetingAgendaModel({ detail, settings, showPersonnelTitles }), fileName: meetingAgendaFileName(detail) }
  if (kind === 'signInSheet') return { model: signInSheetModel({ detail, settings, showPersonnelTitles }), fileName: signInSheetFileName(detail) }
  const materials = loadSecretMaterials(session.db, meetingId)
  if (materials.length === 0) throw new AppError('NOT_FOUND', `${detail.label}没有登记涉密材料，没有分发回收登记表。请先在会议页面登记涉密材料。`)
  return { model: secretRegisterModel({ detail, materials, settings, showPersonnelTitles }), fileName: secretRegisterFileName(detail) }
}

export function exportMeetingPaper(session: Session, core: CoreContext, meetingId: string, kind: PaperKind, output?: DocumentOutput): Promise<DocumentOutputResult> {
  const { model, fileName } = meetingPaper(session, meetingId, kind)
  return exportDocument(session, core, { model, defaultName: fileName, dialogTitle: dialogTitles[kind], action: actions[kind], entity: 'meeting', entityId: meetingId }, output)
}
