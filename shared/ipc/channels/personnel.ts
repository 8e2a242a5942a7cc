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

const ballotCount = (label: string) => z.number({ error: `请填写${label}` }).int({ error: `${label}必须是整数` }).min(0, { error: `${label}不能小于 0` }).max(100, { error: `${label}不能超过 100` })

/**
 * 无记名投票的计票 for a personnel item: 收回/有效/无效 (发出 is computed from the item's
 * participants), 监票人 and 计票人, each candidate's counts. Checked by checkBallotTally
 * (shared/meetings/ballot-tally.ts) in core before anything is saved.
 */
export const ballotTallyInput = z.strictObject({
  meetingId: idField,
  agendaItemId: idField,
  returned: ballotCount('收回票数'),
  valid: ballotCount('有效票数'),
  invalid: ballotCount('无效票数'),
  scrutineerIds: z.array(idField).max(10),
  tellerIds: z.array(idField).max(10),
  candidates: z
    .array(candidateDecisionSchema.pick({ matterId: true, recusals: true, reconsiderationAgreed: true }).extend({ counts: voteCountsSchema }))
    .min(1, { error: '请至少登记一名人选的票数' })
    .max(50),
})

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

/** A hand-typed date of the form: 'yyyy.MM', 'yyyyMM', 'yyyy.MM.dd' …; the core reads and checks it. */
const formDate = (label: string) => noteText(20, label).default('')
const formText = (max: number, label: string) => longText(max, label)

const educationInput = z.strictObject({
  education: formText(60, '学历'),
  degree: formText(60, '学位'),
  educationSchool: formText(200, '毕业院校系及专业'),
  degreeSchool: formText(200, '学位授予院校系及专业'),
})

/**
 * A profile typed by hand when no .lrmx exists, or corrected after import: the fields of
 * the approval form. The résumé is its text ('yyyy.MM--yyyy.MM  text' a line); the photo is
 * kept, removed, or replaced by a JPEG/PNG.
 */
export const saveCadreInput = z.strictObject({
  id: idField.optional(),
  name: plainText(40, '姓名'),
  sex: formText(4, '性别'),
  birth: formDate('出生年月'),
  ethnicity: formText(20, '民族'),
  nativePlace: formText(60, '籍贯'),
  birthplace: formText(60, '出生地'),
  partyJoined: formDate('入党时间'),
  workStarted: formDate('参加工作时间'),
  health: formText(40, '健康状况'),
  professionalTitle: formText(100, '专业技术职务'),
  specialty: formText(200, '熟悉专业有何专长'),
  fullTimeEducation: educationInput.prefault({}),
  inServiceEducation: educationInput.prefault({}),
  currentPost: formText(200, '现任职务'),
  proposedPost: formText(200, '拟任职务'),
  postToRemove: formText(200, '拟免职务'),
  resume: formText(8000, '简历'),
  rewardsAndPunishments: formText(2000, '奖惩情况'),
  annualAssessment: formText(1000, '年度考核结果'),
  appointmentReasons: formText(2000, '任免理由'),
  family: z
    .array(
      z.strictObject({
        relation: plainText(20, '称谓'),
        name: plainText(40, '家庭成员姓名'),
        birth: formDate('家庭成员出生年月'),
        politicalStatus: formText(40, '政治面貌'),
        workUnitAndPost: formText(200, '工作单位及职务'),
      }),
    )
    .max(30, { error: '家庭主要成员不能超过 30 人' })
    .default([]),
  reportingUnit: formText(100, '呈报单位'),
  filledBy: formText(40, '填表人'),
  idNumber: formText(18, '身份证号'),
  photo: z
    .union([z.literal('keep'), z.literal('remove'), z.strictObject({ base64: z.string().max(3_000_000, { error: '照片不能超过 2 MB' }) })])
    .default('keep'),
})

// base64 takes 4 characters for 3 bytes.
const base64Length = (megabytes: number) => Math.ceil((megabytes * 1024 * 1024 * 4) / 3)
const maxDroppedBase64 = base64Length(10)
/**
 * Files dropped on the page: the sandboxed window has no paths, so it sends the bytes. That
 * each is base64 is checked where it is decoded, on the worker that reads the files: a
 * pattern test of 60 MB would hold the dispatcher for most of a second.
 */
export const previewLrmxBytesInput = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: plainText(255, '文件名'),
        base64: z.string().max(maxDroppedBase64, { error: '单个文件不能超过 10 MB' }),
      }),
    )
    .min(1, { error: '请至少拖入一个文件' })
    .max(50, { error: '一次最多导入 50 个文件' })
    .refine((files) => files.reduce((total, file) => total + file.base64.length, 0) <= base64Length(70), { error: '拖入的文件合计不能超过 70 MB，请分批导入' }),
})

const access = 'personnel.access'

export const personnelChannels = {
  'personnel.status': channel<PersonnelStatus>()({ input: noInput, access: 'session' }),
  // Profiles
  'personnel.listCadres': channel<CadreSummary[]>()({ input: z.strictObject({ query: optionalText(40, '查询内容').optional() }), access }),
  'personnel.getCadre': channel<CadreDetail>()({ input: z.strictObject({ id: idField }), access }),
  'personnel.saveCadre': channel<CadreDetail>()({ input: saveCadreInput, access }),
  // Matters (candidates) and their stages
  'personnel.listMatters': channel<MatterView[]>()({ input: z.strictObject({ cadreId: idField.optional(), topicId: idField.optional() }), access }),
  'personnel.saveMatter': channel<MatterView>()({ input: saveMatterInput, access }),
  // The book
  'personnel.listEntries': channel<BookEntrySummary[]>()({ input: z.strictObject({ year: z.number().int().min(1950).max(2100).optional() }), access }),
  'personnel.getEntry': channel<BookEntryView>()({ input: z.strictObject({ id: idField }), access }),
  'personnel.entryForItem': channel<{ entry: BookEntryView | null; matters: MatterView[] }>()({ input: z.strictObject({ agendaItemId: idField }), access }),
  'personnel.decideCandidate': channel<BookEntryView>()({ input: decideCandidateInput, access }),
  'personnel.recordBallotTally': channel<BookEntryView>()({ input: ballotTallyInput, access }),
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
  'personnel.previewLrmxBytes': channel<LrmxPreview>()({ input: previewLrmxBytesInput, access }),
  'personnel.importLrmx': channel<LrmxImportResult>()({ input: importLrmxInput, access }),
  'personnel.exportLrmx': channel<SavedFile | null>()({ input: z.strictObject({ matterId: idField }), access }),
}
