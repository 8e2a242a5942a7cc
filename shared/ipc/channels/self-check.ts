import { z } from 'zod'
import type { DocumentModel } from '../../documents/model'
import { documentOutputField, type DocumentOutputResult } from '../../documents/output'
import type { SelfCheckNarrative } from '../../documents/self-check-report'
import type { SavedFile } from '../../personnel/views'
import type { SelfCheckResult } from '../../self-check/views'
import { channel } from '../define'
import { dateField, idField, noteText } from '../fields'

const year = z.number({ error: '请选择年度' }).int({ error: '年度必须是整数' }).min(1950, { error: '年度不能早于1950年' }).max(2100, { error: '年度不能晚于2100年' })

export const periodChoiceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('year'), year }),
    z.strictObject({ kind: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)], { error: '请选择上半年或下半年' }) }),
    z.strictObject({ kind: z.literal('quarter'), year, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '请选择季度' }) }),
    z
      .strictObject({ kind: z.literal('dates'), from: dateField('开始日期'), to: dateField('结束日期') })
      .refine((period) => period.from <= period.to, { error: '结束日期不能早于开始日期' })
      .refine((period) => Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) <= 5, { error: '自查期间不能超过5年' }),
  ],
  { error: '请选择自查期间' },
)

export const selfCheckInput = z.strictObject({
  bodyId: idField,
  period: periodChoiceSchema,
  /** 每月至少召开次数 or 每两周一次; members' quarterly reports checked or not. */
  cadence: z.enum(['monthly', 'biweekly'], { error: '请选择会议频次要求' }).default('monthly'),
  meetingsPerMonth: z.number({ error: '每月次数必须是数字' }).int({ error: '每月次数必须是整数' }).min(1, { error: '每月至少1次' }).max(8, { error: '每月次数不能超过8次' }).default(2),
  quarterlyMemberReports: z.boolean().default(true),
})

/** The report's parts the office writes; left out, core words them from the findings. */
export const narrativeSchema = z.strictObject({
  opening: noteText(3000, '开头'),
  causes: noteText(3000, '存在问题的原因'),
  measures: noteText(5000, '整改措施'),
})

const reportInput = selfCheckInput.extend({ narrative: narrativeSchema.optional() })

export const selfCheckChannels = {
  /** 议事规则执行情况自查: the period's records of one body checked rule by rule, with the report's statistics. */
  'selfCheck.run': channel<SelfCheckResult>()({ input: selfCheckInput, access: 'records.read' }),
  /** The report's narrative as core first words it, for the office to edit. */
  'selfCheck.defaultNarrative': channel<SelfCheckNarrative>()({ input: selfCheckInput, access: 'records.read' }),
  /** 自查报告 for the preview; 'selfCheck.exportReport' writes the same model as .docx (or PDF, or prints it). */
  'selfCheck.reportDocument': channel<DocumentModel>()({ input: reportInput, access: 'records.read' }),
  'selfCheck.exportReport': channel<DocumentOutputResult>()({ input: reportInput.extend({ output: documentOutputField }), access: 'records.read' }),
  /** The findings as .xlsx, where the user chooses; audited. Null when cancelled. */
  'selfCheck.exportFindings': channel<SavedFile | null>()({ input: selfCheckInput, access: 'records.read' }),
}
