import { z } from 'zod'
import { voteMethods } from '../../meetings/vocabulary'
import type {
  BookEntrySummary, BookEntryView, CadreDetail, CadreSummary, LrmxImportResult, LrmxPreview, MatterView, RegisterCount, RegisterReminders,
  RegisterRow, SavedFile, TimelineEvent,
} from '../../personnel/views'
import { actionTypes, memberViews } from '../../personnel/vocabulary'
import { channel } from '../define'
import { dateField, idField, noInput, noteText, optionalText, plainText } from '../fields'

export interface PersonnelStatus {
  /** True when this session holds the personnel store's key and has it open. */
  open: boolean
}

const optionalDate = (label: string) => dateField(label).nullable().default(null)
const longText = (max: number, label: string) => noteText(max, label).default('')
/** Optional short text: missing, empty or blank is null. */
const maybeText = (max: number, label: string) => optionalText(max, label).optional().transform((value) => value ?? null)

/** The stages the user types; 讨论决定 comes from the book, the probation end is computed. */
export const matterStagesSchema = z.strictObject({
  proposedOn: optionalDate('动议日期'),
  recommendedOn: optionalDate('民主推荐日期'),
  inspectedOn: optionalDate('考察日期'),
  consultedOn: optionalDate('酝酿日期'),
  noticeStart: optionalDate('任前公示开始日期'),
  noticeEnd: optionalDate('任前公示结束日期'),
  appointedOn: optionalDate('任职通知日期'),
  talkOn: optionalDate('任职谈话日期'),
  confirmedOn: optionalDate('转正日期'),
})

export const saveMatterInput = z.strictObject({
  id: idField.optional(),
  cadreId: idField,
  topicId: idField.nullable().default(null),
  actionType: z.enum(actionTypes, { error: '请选择任免类型' }),
  proposedPost: longText(200, '拟任职务'),
  postToRemove: longText(200, '拟免职务'),
  unit: longText(100, '单位'),
  reasons: longText(2000, '任免理由'),
  probation: z.boolean().default(false),
  integrityOpinion: maybeText(1000, '廉政意见'),
  consultationMeetingId: idField.nullable().default(null),
  consultationItemId: idField.nullable().default(null),
  appointmentDocNo: maybeText(60, '任职通知文号'),
  stages: matterStagesSchema,
})

const voteCountsSchema = z.strictObject({
  for: z.number().int().min(0).max(100),
  against: z.number().int().min(0).max(100),
  abstain: z.number().int().min(0).max(100),
})

/** One candidate's record at one meeting: recusals, views (or secret-ballot counts), deferral. */
export const candidateDecisionSchema = z.strictObject({
  matterId: idField,
  voteMethod: z.enum(voteMethods, { error: '请选择表决方式' }),
  recusals: z.array(z.strictObject({ memberId: idField, reason: plainText(200, '回避原因') })).max(50).default([]),
  views: z.array(z.strictObject({ memberId: idField, view: z.enum(memberViews, { error: '意见只能是同意、不同意或缓议' }) })).max(50).default([]),
  counts: voteCountsSchema.nullable().default(null),
  deferred: z.boolean().default(false),
  /** For a 复议: how many members agreed to reconsider. */
  reconsiderationAgreed: z.number().int().min(0).max(100).nullable().default(null),
})

export const decideCandidateInput = candidateDecisionSchema.extend({ meetingId: idField, agendaItemId: idField })

export const correctEntryInput = z.strictObject({
  entryId: idField,
  reason: plainText(500, '更正原因'),
  chairName: plainText(40, '主持人姓名'),
  recorderName: plainText(40, '记录人姓名'),
  decisions: z.array(candidateDecisionSchema).min(1, { error: '更正记录至少要包含一名人选' }).max(50),
})

export const registerFilterSchema = z.strictObject({
  name: optionalText(40, '姓名').optional(),
  idNumber: optionalText(18, '身份证号').optional(),
  post: optionalText(100, '职务').optional(),
  unit: optionalText(100, '单位').optional(),
  actionType: z.enum(actionTypes).nullable().optional(),
  from: dateField('起始日期').nullable().optional(),
  to: dateField('截止日期').nullable().optional(),
  meetingId: idField.nullable().optional(),
})
export type RegisterFilter = z.output<typeof registerFilterSchema>

export const importLrmxInput = z.strictObject({
  token: z.string().uuid({ error: '导入预览已失效，请重新选择文件' }),
  choices: z.array(z.strictObject({ index: z.number().int().min(0).max(999), action: z.enum(['create', 'update', 'skip']) })).max(1000),
})

const access = 'personnel.access'

export const personnelChannels = {
  'personnel.status': channel<PersonnelStatus>()({ input: noInput, access: 'session' }),
  // Profiles
  'personnel.listCadres': channel<CadreSummary[]>()({ input: z.strictObject({ query: optionalText(40, '查询内容').optional() }), access }),
  'personnel.getCadre': channel<CadreDetail>()({ input: z.strictObject({ id: idField }), access }),
  // Matters (candidates) and their stages
  'personnel.listMatters': channel<MatterView[]>()({ input: z.strictObject({ cadreId: idField.optional(), topicId: idField.optional() }), access }),
  'personnel.saveMatter': channel<MatterView>()({ input: saveMatterInput, access }),
  // The book
  'personnel.listEntries': channel<BookEntrySummary[]>()({ input: z.strictObject({ year: z.number().int().min(1950).max(2100).optional() }), access }),
  'personnel.getEntry': channel<BookEntryView>()({ input: z.strictObject({ id: idField }), access }),
  'personnel.entryForItem': channel<{ entry: BookEntryView | null; matters: MatterView[] }>()({ input: z.strictObject({ agendaItemId: idField }), access }),
  'personnel.decideCandidate': channel<BookEntryView>()({ input: decideCandidateInput, access }),
  'personnel.withdrawDecision': channel<BookEntryView | null>()({ input: z.strictObject({ entryId: idField, matterId: idField }), access }),
  'personnel.correctEntry': channel<BookEntryView>()({ input: correctEntryInput, access }),
  // The register (台账)
  'personnel.searchRegister': channel<RegisterRow[]>()({ input: registerFilterSchema, access }),
  'personnel.timeline': channel<TimelineEvent[]>()({ input: z.strictObject({ cadreId: idField }), access }),
  'personnel.reminders': channel<RegisterReminders>()({ input: noInput, access }),
  'personnel.counts': channel<RegisterCount[]>()({ input: noInput, access }),
  'personnel.exportRegister': channel<SavedFile | null>()({ input: registerFilterSchema, access }),
  // The approval form file (.lrmx)
  'personnel.previewLrmx': channel<LrmxPreview | null>()({ input: noInput, access }),
  'personnel.importLrmx': channel<LrmxImportResult>()({ input: importLrmxInput, access }),
  'personnel.exportLrmx': channel<SavedFile | null>()({ input: z.strictObject({ matterId: idField }), access }),
}
