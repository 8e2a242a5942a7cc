import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { channel } from '../define'
import { idField } from '../fields'

// 会议通知 and 会议记录 of one meeting: the model (for the preview) and the export to a
// .docx the user places. Reading them needs what reading the meeting needs.

const meetingInput = z.strictObject({ meetingId: idField })
const exportInput = meetingInput.extend({ output: documentOutputField })
const itemInput = meetingInput.extend({ itemId: idField })
const ballotInput = itemInput.extend({ numbered: z.boolean().default(false) })

export const documentsChannels = {
  'documents.meetingNotice': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  /** .docx, PDF or the printer (`output`); null when the user cancels the dialog. */
  'documents.exportMeetingNotice': channel<DocumentOutputResult>()({ input: exportInput, access: 'records.read' }),
  /** Only once the meeting has started (进行中 or later). */
  'documents.meetingRecord': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  'documents.exportMeetingRecord': channel<DocumentOutputResult>()({ input: exportInput, access: 'records.read' }),
  /** 表决票 of a secret ballot on an item other than personnel (personnel items: personnelDocuments.ballotPapers). */
  'documents.ballotPapers': channel<DocumentModel>()({ input: ballotInput, access: 'records.read' }),
  'documents.exportBallotPapers': channel<DocumentOutputResult>()({ input: ballotInput.extend({ output: documentOutputField }), access: 'records.read' }),
  /** 计票结果报告单 once the item's secret ballot was counted. */
  'documents.tallyReport': channel<DocumentModel>()({ input: itemInput, access: 'records.read' }),
  'documents.exportTallyReport': channel<DocumentOutputResult>()({ input: itemInput.extend({ output: documentOutputField }), access: 'records.read' }),
}
