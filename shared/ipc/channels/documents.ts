import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { channel } from '../define'
import { idField } from '../fields'

// 会议通知 and 会议记录 of one meeting: the model (for the preview) and the export to a
// .docx the user places. Reading them needs what reading the meeting needs.

const meetingInput = z.strictObject({ meetingId: idField })

export const documentsChannels = {
  'documents.meetingNotice': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  /** Null when the user cancels the save dialog. */
  'documents.exportMeetingNotice': channel<{ path: string } | null>()({ input: meetingInput, access: 'records.read' }),
  /** Only once the meeting has started (进行中 or later). */
  'documents.meetingRecord': channel<DocumentModel>()({ input: meetingInput, access: 'records.read' }),
  'documents.exportMeetingRecord': channel<{ path: string } | null>()({ input: meetingInput, access: 'records.read' }),
}
