import { z } from 'zod'
import { topicCategories } from '../../meetings/vocabulary'
import type { ConsultationRef, MaterialContent, MaterialView, TopicSummary } from '../../meetings/views'
import { channel } from '../define'
import { dateField, idField, optionalText, plainText } from '../fields'

const guestInput = z.strictObject({ name: plainText(32, '列席人员姓名或单位'), post: optionalText(64, '职务') })

export const topicsChannels = {
  /** 'open': not yet decided or withdrawn (incl. deferred ones carried over); 'all': everything. */
  'topics.list': channel<TopicSummary[]>()({
    /** `year`: topics proposed in that year, and the open ones of any year (议题库 by year). */
    input: z.strictObject({ scope: z.enum(['open', 'all']), bodyId: idField.optional(), year: z.number().int().min(1950).max(2100).optional() }),
    access: 'records.read',
  }),
  'topics.get': channel<TopicSummary>()({ input: z.strictObject({ id: idField }), access: 'records.read' }),
  /** 议题申报: new (no id) or edited; a topic already decided at a signed meeting cannot be edited. */
  'topics.save': channel<TopicSummary>()({
    input: z.strictObject({
      id: idField.optional(),
      bodyId: idField,
      title: plainText(200, '议题名称'),
      category: z.enum(topicCategories, { error: '请选择议题类别' }),
      proposingUnit: plainText(64, '提请单位'),
      presenter: plainText(64, '汇报人'),
      leaderInChargeId: idField.nullable(),
      leaderSignedOffOn: dateField('分管领导审核日期').nullable(),
      summary: optionalText(2000, '议题摘要'),
      consultationItemId: idField.nullable(),
      /** 常委向常委会报告分管工作: the member who reports (null: an ordinary topic). */
      reportingMemberId: idField.nullable().default(null),
      guests: z.array(guestInput).max(30),
    }),
    access: 'records.write',
  }),
  /** 书记审定: records that the secretary approved the topic (who entered it, and when). */
  'topics.approve': channel<TopicSummary>()({ input: z.strictObject({ id: idField }), access: 'records.write' }),
  'topics.withdraw': channel<TopicSummary>()({ input: z.strictObject({ id: idField, reason: plainText(200, '撤回原因') }), access: 'records.write' }),
  /** Asks the user for files (OS dialog) and keeps them inside the encrypted store. */
  'topics.addMaterials': channel<MaterialView[]>()({ input: z.strictObject({ topicId: idField }), access: 'records.write' }),
  'topics.removeMaterial': channel<MaterialView[]>()({ input: z.strictObject({ materialId: idField }), access: 'records.write' }),
  /** Writes one material where the user chooses (OS dialog); audited. Null when cancelled. */
  'topics.exportMaterial': channel<{ path: string } | null>()({ input: z.strictObject({ materialId: idField }), access: 'records.read' }),
  /** A material to read in the app (PDF, .docx, image, text), from memory; nothing written to disk. */
  'topics.viewMaterial': channel<MaterialContent>()({ input: z.strictObject({ materialId: idField }), access: 'records.read' }),
  /** Agenda items of 书记专题会议 that a personnel topic can reference as its 酝酿. */
  'topics.consultationOptions': channel<(ConsultationRef & { title: string })[]>()({ input: z.strictObject({ topicId: idField.optional() }), access: 'records.read' }),
}
