import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { channel } from '../define'
import { idField } from '../fields'

// 会议通知 and 会议记录 of one meeting: the model (for the preview) and the export to a
// .docx the user places. Reading them needs what reading the meeting needs.

const meetingInput = z.strictObject({ meetingId: idField })
const exportInput = meetingInput.extend({ output: documentOutputField })

export const documentsChannels = {
  'documents.meetingNotice': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  /** .docx, PDF or the printer (`output`); null when the user cancels the dialog. */
  'documents.exportMeetingNotice': channel<DocumentOutputResult>()({ input: exportInput, access: 'records.read' }),
  /** Only once the meeting has started (进行中 or later). */
  'documents.meetingRecord': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  'documents.exportMeetingRecord': channel<DocumentOutputResult>()({ input: exportInput, access: 'records.read' }),
}
