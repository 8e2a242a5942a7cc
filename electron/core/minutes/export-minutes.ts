import { copyNumberProblem } from '../../../shared/documents/minutes/content'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { exportDocument } from '../documents/export-document'
import type { Session } from '../session'
import { issuedMinutesSeal, loadedMinutes, minutesModel } from './minutes-document'
import { assertSealHolds } from '../seals/seal-refusal'

/** 导出: the 纪要 as .docx where the user chooses (2026年第15次常委会会议纪要.docx); audited with the path. */
export async function exportMinutes(session: Session, core: CoreContext, meetingId: string, output?: DocumentOutput): Promise<DocumentOutputResult> {
  const minutes = loadedMinutes(session, meetingId)
  const withCandidates = minutes.content.includePersonnel && minutes.content.sections.some((section) => section.personnel)
  if (withCandidates && session.vault.personnel === null) {
    // Exported without the book, the file would silently lack what the 纪要 was approved with.
    throw new AppError('FORBIDDEN', '该纪要选择了写入干部任免人选情况（从专用记录本读取），须由持有干部任免权限的人员导出。您没有该权限，未导出。')
  }
  const missing = copyNumberProblem(minutes.content)
  if (missing) throw new AppError('RULE_VIOLATION', `${missing}未导出。`)
  assertSealHolds(issuedMinutesSeal(session, minutes), `${minutes.meetingLabel}的会议记录`)
  return exportDocument(session, core, {
    model: minutesModel(session, core, minutes),
    defaultName: `${minutes.meetingLabel}纪要.docx`,
    dialogTitle: '导出会议纪要',
    action: 'minutes.export',
    entity: 'minutes',
    entityId: minutes.id,
  }, output)
}
