import { z } from 'zod'
import { idField, noteText } from '../../ipc/fields'
import { classificationSchema } from '../settings'

// What the secretary edits in a 会议纪要: the opening, one section per agenda item, the
// 出席/请假/列席 block, the marks and the distribution. Drafted from the record
// (draft.ts), kept as JSON in the `minutes` row, laid out as a 公文 by layout.ts.

export const minutesSectionSchema = z.strictObject({
  agendaItemId: idField,
  /** The topic as a heading (关于……); printed as 一、… when the 纪要 has several sections. */
  heading: noteText(300, '议题标题').refine((value) => value.trim().length > 0, { error: '请填写议题标题' }),
  /** A 干部任免 item: its text is only the book's reference, never typed candidates. */
  personnel: z.boolean(),
  paragraphs: z.array(noteText(5000, '纪要段落')).max(60, { error: '一个议题最多 60 段' }),
  /**
   * 会议认为: the meeting's view as the secretary writes it (never drafted from the report
   * notes, which are what the presenter said). Printed after the section's first paragraph
   * (会议听取了……的汇报). Empty in 纪要 drafted before the field existed.
   */
  view: noteText(3000, '会议认为').default(''),
})
export type MinutesSection = z.infer<typeof minutesSectionSchema>

export const minutesContentSchema = z.strictObject({
  /** 2026年11月20日，区委书记×××主持召开…，研究了以下事项。 */
  opening: noteText(2000, '开头段落'),
  sections: z.array(minutesSectionSchema).max(100),
  /**
   * Print the candidates and results of the 干部任免 items from the book instead of the
   * reference. Only the flag is stored: the text is read from the book (personnel store) when
   * a holder of the grant previews or exports, so no candidate enters the main store.
   */
  includePersonnel: z.boolean(),
  attendance: z.strictObject({
    present: noteText(2000, '出席'),
    leave: noteText(2000, '请假'),
    guests: noteText(3000, '列席'),
  }),
  classification: classificationSchema,
  /** 份号, six digits, printed top left when the 纪要 is classified. */
  copyNumber: z
    .string()
    .regex(/^\d{6}$/u, { error: '份号应为 6 位数字，例如 000001' })
    .nullable(),
  /** 分送: 区委常委，区人大常委会… */
  distribution: noteText(500, '分送范围'),
})
export type MinutesContent = z.infer<typeof minutesContentSchema>

/**
 * GB/T 9704 7.2.1: a classified document carries its 份号. A draft may still lack it (each
 * field saves on its own), but a classified 纪要 is not approved, issued or exported
 * without one. Null when the 纪要 may go out.
 */
export function copyNumberProblem(content: Pick<MinutesContent, 'classification' | 'copyNumber'>): string | null {
  if (content.classification.level === 'none' || content.copyNumber) return null
  return '纪要标有密级，须填写份号（6 位数字，例如 000001）：涉密公文应当标注份号。'
}

/** 起草 → 审核 → 签发 */
export const minutesStatuses = ['draft', 'reviewed', 'issued'] as const
export type MinutesStatus = (typeof minutesStatuses)[number]
export const minutesStatusLabels: Record<MinutesStatus, string> = { draft: '起草', reviewed: '已审核', issued: '已签发' }

/** Paragraphs as typed in one textarea: one paragraph a line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}
