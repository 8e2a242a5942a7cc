import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { reviewResults } from '../../follow-up/transitions'
import { taskStates } from '../../follow-up/task-status'
import type { FollowUpDetail, FollowUpRow, LeaderOption } from '../../follow-up/views'
import { topicCategories } from '../../meetings/vocabulary'
import type { SavedFile } from '../../personnel/views'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { channel } from '../define'
import { dateField, idField, noInput, noteText, optionalText, plainText } from '../fields'

// 督办: the follow-up of passed decisions. Reading is like reading meetings; every change
// is a records write, audited.

export const taskFilterSchema = z.strictObject({
  year: z.number({ error: '年度必须是数字' }).int({ error: '年度必须是整数' }).min(1950, { error: '年度不早于 1950 年' }).max(2100, { error: '年度不晚于 2100 年' }).nullable().optional(),
  leaderId: idField.nullable().optional(),
  unit: optionalText(100, '责任单位').optional(),
  meetingId: idField.nullable().optional(),
  category: z.enum(topicCategories).nullable().optional(),
  status: z.enum([...taskStates, 'overdue'] as const).nullable().optional(),
  dueFrom: dateField('办结时限起').nullable().optional(),
  dueTo: dateField('办结时限止').nullable().optional(),
})
export type TaskFilterInput = z.output<typeof taskFilterSchema>

const reportText = (label: string) => noteText(5000, label).refine((value) => value.trim().length > 0, { error: `请填写${label}` })

export const followUpChannels = {
  /** The tasks matching the filter, newest meeting first, each with its status for today. */
  'followUp.list': channel<FollowUpRow[]>()({ input: taskFilterSchema, access: 'records.read' }),
  'followUp.get': channel<FollowUpDetail>()({ input: z.strictObject({ id: idField }), access: 'records.read' }),
  /** Who can lead a task: the members of the committee today and anyone already leading one. */
  'followUp.leaders': channel<LeaderOption[]>()({ input: noInput, access: 'records.read' }),
  /** 调整: another lead leader, units or deadline, with the reason (audited). */
  'followUp.adjust': channel<FollowUpDetail>()({
    input: z.strictObject({
      id: idField,
      leadLeaderId: idField.nullable(),
      responsibleUnits: optionalText(200, '责任单位'),
      deadline: dateField('办结时限').nullable(),
      reason: plainText(500, '调整原因'),
    }),
    access: 'records.write',
  }),
  /** 报告进展: a dated report; withFiles asks for attachments (OS dialog), kept in the encrypted store. */
  'followUp.report': channel<FollowUpDetail>()({
    input: z.strictObject({ id: idField, date: dateField('报告日期'), text: reportText('进展情况'), withFiles: z.boolean() }),
    access: 'records.write',
  }),
  /** 报办结: the final report; the task becomes 已办结 and waits for 回头看. */
  'followUp.complete': channel<FollowUpDetail>()({
    input: z.strictObject({ id: idField, date: dateField('办结日期'), text: noteText(5000, '办结报告') }),
    access: 'records.write',
  }),
  /** 回头看: 确认销号, or 重新交办 with the reason. */
  'followUp.review': channel<FollowUpDetail>()({
    input: z.strictObject({ id: idField, date: dateField('回头看日期'), result: z.enum(reviewResults), reason: noteText(1000, '回头看意见') }),
    access: 'records.write',
  }),
  /** Writes one attachment where the user chooses (OS dialog); audited. Null when cancelled. */
  'followUp.exportAttachment': channel<SavedFile | null>()({ input: z.strictObject({ attachmentId: idField }), access: 'records.read' }),
  /** The filtered list as .xlsx (OS dialog); audited. Null when cancelled. */
  'followUp.exportList': channel<SavedFile | null>()({ input: taskFilterSchema, access: 'records.read' }),
  /** The 督办通报 of the filtered tasks as a document model, for the preview. */
  'followUp.reportDocument': channel<DocumentModel>()({ input: taskFilterSchema, access: 'records.read' }),
  /** The same 督办通报 as .docx or PDF (OS dialog) or printed; audited. Null when cancelled. */
  'followUp.exportReport': channel<DocumentOutputResult>()({ input: taskFilterSchema.extend({ output: documentOutputField }), access: 'records.read' }),
}
