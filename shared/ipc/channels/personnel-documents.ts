import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import { channel } from '../define'
import { dateField, idField, plainText } from '../fields'

// The personnel documents (专用记录本 page, 干部任免通知, 任前公示, 表决票 and 计票结果报告单): previewed as the
// document model, exported as .docx. They read the book, so they need the 干部任免 grant.

export interface AppointmentDraft {
  /** Prefilled: the number already recorded on the matters, else the prefix and year (示区委〔2026〕). */
  docNumber: string
  addressee: string
  date: string
  /** The matters already carry this number and date in the register. */
  recorded: boolean
}

export interface NoticeDraft {
  start: string
  end: string
  /** The first day the period may end (5 working days from the start). */
  earliestEnd: string
  /** The period comes from the register (recorded on every matter). */
  recorded: boolean
  /** Years from the start to the earliest end without a holiday arrangement (counted by weekends). */
  uncoveredYears: number[]
}

const matterIds = z
  .array(idField)
  .min(1, { error: '请至少选择一个任免事项' })
  .max(50, { error: '一次最多选择 50 个任免事项' })
  .refine((ids) => new Set(ids).size === ids.length, { error: '任免事项重复选择' })

export const appointmentNoticeInput = z.strictObject({
  matterIds,
  docNumber: plainText(40, '发文字号'),
  addressee: plainText(300, '主送机关'),
  date: dateField('成文日期'),
})

export const publicNoticeInput = z.strictObject({
  matterIds,
  start: dateField('公示开始日期'),
  end: dateField('公示结束日期'),
})

/** On export: also write the number and date (or the period) into the register. */
const record = z.boolean().default(false)
const access = 'personnel.access'

/** 表决票 for a personnel item voted by secret ballot; numbered: a serial number (as 份号) on each. */
export const ballotPapersInput = z.strictObject({ meetingId: idField, agendaItemId: idField, numbered: z.boolean().default(false) })

export const personnelDocumentsChannels = {
  'personnelDocuments.ballotPapers': channel<DocumentModel>()({ input: ballotPapersInput, access }),
  'personnelDocuments.exportBallotPapers': channel<DocumentOutputResult>()({ input: ballotPapersInput.extend({ output: documentOutputField }), access }),
  'personnelDocuments.tallyReport': channel<DocumentModel>()({ input: z.strictObject({ entryId: idField }), access }),
  'personnelDocuments.exportTallyReport': channel<DocumentOutputResult>()({ input: z.strictObject({ entryId: idField, output: documentOutputField }), access }),
  'personnelDocuments.entryPage': channel<DocumentModel>()({ input: z.strictObject({ entryId: idField }), access }),
  'personnelDocuments.exportEntryPage': channel<DocumentOutputResult>()({ input: z.strictObject({ entryId: idField, output: documentOutputField }), access }),
  'personnelDocuments.appointmentDraft': channel<AppointmentDraft>()({ input: z.strictObject({ matterIds }), access }),
  'personnelDocuments.appointmentPreview': channel<DocumentModel>()({ input: appointmentNoticeInput, access }),
  'personnelDocuments.exportAppointment': channel<DocumentOutputResult>()({ input: appointmentNoticeInput.extend({ record, output: documentOutputField }), access }),
  'personnelDocuments.noticeDraft': channel<NoticeDraft>()({ input: z.strictObject({ matterIds, start: dateField('公示开始日期').optional() }), access }),
  'personnelDocuments.noticePreview': channel<DocumentModel>()({ input: publicNoticeInput, access }),
  'personnelDocuments.exportNotice': channel<DocumentOutputResult>()({ input: publicNoticeInput.extend({ record, output: documentOutputField }), access }),
}
