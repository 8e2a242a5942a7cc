import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { minutesContentSchema } from '../../documents/minutes/content'
import type { MinutesState } from '../../documents/minutes/views'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { channel } from '../define'
import { dateField, idField, plainText } from '../fields'

const meeting = z.strictObject({ meetingId: idField })

export const minutesChannels = {
  /** The 会议纪要 of a meeting (null before drafting) and whether this user may print candidates. */
  'minutes.get': channel<MinutesState>()({ input: meeting, access: 'records.read' }),
  /** 起草: drafts the 纪要 from the record of an ended or signed meeting and gives it the next 第×期. */
  'minutes.draft': channel<MinutesState>()({ input: meeting, access: 'records.write' }),
  /** Replaces the draft with a new one from the record (only while 起草). */
  'minutes.redraft': channel<MinutesState>()({ input: meeting, access: 'records.write' }),
  /** Saves the edited text and options (only while 起草). */
  'minutes.update': channel<MinutesState>()({ input: z.strictObject({ meetingId: idField, content: minutesContentSchema }), access: 'records.write' }),
  /** 审核通过: 起草 → 已审核. */
  'minutes.review': channel<MinutesState>()({ input: meeting, access: 'records.write' }),
  /** 退回修改: 已审核 → 起草, with the reason. */
  'minutes.returnToDraft': channel<MinutesState>()({ input: z.strictObject({ meetingId: idField, reason: plainText(500, '退回原因') }), access: 'records.write' }),
  /** 签发: 已审核 → 已签发; a meeting not yet signed is signed (sealed) in the same step. */
  'minutes.issue': channel<MinutesState>()({
    input: meeting.extend({ signerId: idField.optional(), signedOn: dateField('签发日期').optional() }),
    access: 'records.write',
  }),
  /** The 纪要 as a document model, for the preview. */
  'minutes.preview': channel<DocumentModel>()({ input: meeting, access: 'records.read' }),
  /** Writes the 纪要 as .docx or PDF where (or prints it; the user chooses (OS dialog); audited. Null when cancelled. */
  'minutes.export': channel<DocumentOutputResult>()({ input: meeting.extend({ output: documentOutputField }), access: 'records.read' }),
}
