import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { classificationSchema } from '../../documents/settings'
import { copyStates, type MeetingPapersView } from '../../meeting-papers/views'
import { channel } from '../define'
import { idField, optionalText, plainText, timeField } from '../fields'
import type { MeetingDetail } from '../../meetings/views'

// The papers of a meeting day: 议程, 签到表 (and its ticks after the meeting), and the
// numbered copies of classified materials with their return (涉密材料分发回收).

const meetingInput = z.strictObject({ meetingId: idField })
const paperKind = z.enum(['agenda', 'signInSheet', 'secretRegister'], { error: '未知的会议文件' })

export const meetingPapersChannels = {
  'papers.get': channel<MeetingPapersView>()({ input: meetingInput, access: 'records.read' }),
  /** A member ticked (or unticked) as signed on the printed 签到表; from the meeting's start on. */
  'papers.setSignedIn': channel<MeetingPapersView>()({ input: meetingInput.extend({ personId: idField, signed: z.boolean() }), access: 'records.write' }),
  /** Registers a classified material and numbers one copy per recipient (members not on leave, the 列席). */
  'papers.issueSecretMaterial': channel<MeetingPapersView>()({
    input: meetingInput.extend({ itemId: idField.nullable(), title: plainText(100, '材料名称'), classification: classificationSchema }),
    access: 'records.write',
  }),
  /** 收回, 注明原因 (note required) or back to 未收回. */
  'papers.markCopy': channel<MeetingPapersView>()({
    input: z.strictObject({ copyId: idField, state: z.enum(copyStates), note: optionalText(100, '原因') }),
    access: 'records.write',
  }),
  /** 议程: an item's planned time (HH:MM), or null to print none; until the meeting is signed. */
  'papers.setPlannedTime': channel<MeetingDetail>()({ input: z.strictObject({ itemId: idField, plannedTime: timeField('计划时间').nullable() }), access: 'records.write' }),
  'papers.document': channel<DocumentModel>()({ input: meetingInput.extend({ kind: paperKind }), access: 'records.read' }),
  'papers.exportDocument': channel<DocumentOutputResult>()({ input: meetingInput.extend({ kind: paperKind, output: documentOutputField }), access: 'records.read' }),
}
