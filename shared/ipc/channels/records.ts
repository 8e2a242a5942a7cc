import { z } from 'zod'
import { amendmentTargets } from '../../meetings/vocabulary'
import type { MeetingDetail } from '../../meetings/views'
import { channel } from '../define'
import { idField, noteText, plainText } from '../fields'

export const recordsChannels = {
  /** 签发: seals the record (content hash, who, when). Only an ended meeting can be signed. */
  'meetings.sign': channel<MeetingDetail>()({ input: z.strictObject({ id: idField }), access: 'records.write' }),
  /** A dated correction of a signed record, with its reason; the original stays as it was. */
  'meetings.amend': channel<MeetingDetail>()({
    input: z.strictObject({
      meetingId: idField,
      target: z.enum(amendmentTargets),
      /** The meeting id, the item id, 'itemId:personId' for a speech, or the person id for a member (shared/meetings/amendments.ts). */
      targetId: z.string().min(1).max(80),
      field: z.string().min(1).max(40),
      after: noteText(20000, '更正后的内容').refine((value) => value.trim().length > 0, { error: '请填写更正后的内容' }),
      reason: plainText(500, '更正原因'),
    }),
    access: 'records.write',
  }),
}
