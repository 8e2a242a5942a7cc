import { z } from 'zod'
import { blankOrText, plainText } from '../ipc/fields'

// What the office's documents say about itself (设置 → 公文), kept in the main store under
// the settings key 'documents'. Defaults follow the committee's names in 设置 → 单位.

export const classificationLevels = ['none', 'secret', 'confidential', 'top_secret'] as const
export type ClassificationLevel = (typeof classificationLevels)[number]

/** 秘密 / 机密 / 绝密 as printed (GB/T 9704 7.2.2). */
export const classificationLabels: Record<ClassificationLevel, string> = { none: '不标密级', secret: '秘密', confidential: '机密', top_secret: '绝密' }

export const classificationSchema = z.strictObject({
  level: z.enum(classificationLevels, { error: '请选择密级' }),
  /** 保密期限 in years; none prints the level alone. */
  years: z.number({ error: '保密期限必须是数字' }).int({ error: '保密期限必须是整年' }).min(1, { error: '保密期限至少 1 年' }).max(30, { error: '保密期限不超过 30 年' }).nullable(),
})
export type Classification = z.infer<typeof classificationSchema>

/** 机密★10年, 秘密, or null when not classified. */
export function classificationMark(classification: Classification): string | null {
  if (classification.level === 'none') return null
  const label = classificationLabels[classification.level]
  return classification.years === null ? label : `${label}★${classification.years}年`
}

export const distributionListSchema = z.strictObject({
  name: plainText(40, '分送范围名称'),
  /** 区委常委，区人大常委会、区政府、区政协党组（党委）… */
  text: plainText(500, '分送范围'),
})
export type DistributionList = z.infer<typeof distributionListSchema>

/** 纪要期号: counted per body per year (default), or one series a year across bodies. */
export const minutesNumberings = ['body_year', 'year'] as const
export type MinutesNumbering = (typeof minutesNumberings)[number]

/** 电话区号: 0 and two or three digits (010, 0571). */
const areaCodeField = z.string({ error: '电话区号必须是文字' }).trim().regex(/^(0\d{2,3})?$/u, { error: '电话区号应为 0 开头的 3 至 4 位数字，例如 0571' })

/** 12380, or with its own area code 0571-12380. */
const reportingPhone = z.string({ error: '举报电话必须是文字' }).trim().min(1, { error: '请填写举报电话' }).regex(/^(0\d{2,3}-)?\d{3,8}$/u, { error: '举报电话应为号码（如 12380）或带区号的号码（如 0571-12380）' })

/** A desk line (87654321, 0571-87654321) or a mobile number, or empty. */
const contactPhone = z.string({ error: '联系电话必须是文字' }).trim().regex(/^((0\d{2,3}-)?[2-9]\d{6,7}|1[3-9]\d{9})?$/u, { error: '联系电话应为座机号码（如 87654321 或 0571-87654321）或 11 位手机号码' })

export const meetingContactSchema = z
  .strictObject({ name: blankOrText(20, '联系人'), phone: contactPhone })
  .refine((contact) => (contact.name === '') === (contact.phone === ''), { error: '联系人和联系电话请同时填写（或同时留空）' })

export const documentSettingsSchema = z.strictObject({
  /** 区委 — as in “区委决定：” and 区委常委会. */
  issuerShortName: plainText(16, '机关简称'),
  /** 发文机关标志: 中共示例区委文件 */
  documentMark: plainText(40, '发文机关标志'),
  /** 印发机关 in the 版记: 中共示例区委办公室 */
  printingOffice: plainText(40, '印发机关'),
  /** 纪要 marks by body id; a body without one gets the mark without 文件 plus the body: 中共示例区委常委会会议纪要. */
  minutesMarks: z.record(z.string().uuid(), plainText(40, '纪要标志')),
  minutesNumbering: z.enum(minutesNumberings, { error: '请选择纪要期号的编排方式' }),
  /** 会议纪要 and 会议记录 start with this classification; each document can change it. */
  defaultClassification: classificationSchema,
  distributionLists: z.array(distributionListSchema).max(20, { error: '分送范围最多 20 个' }),
  /** 发文字号 prefix of 干部任免通知: 示区委 gives 示区委〔2026〕15号. */
  appointmentNumberPrefix: plainText(16, '任免通知发文字号前缀'),
  /** Where 任前公示 asks for reports: 受理单位, 电话, 地址. */
  noticeReporting: z.strictObject({
    unit: plainText(40, '受理单位'),
    phone: reportingPhone,
    address: plainText(100, '通信地址'),
  }),
  /** 电话区号 of the office: 任前公示 prints 0571-12380, a 会议通知 0571-87654321 (empty: the numbers as they are). */
  areaCode: areaCodeField,
  /** 联系人 and 联系电话 at the foot of a 会议通知 (both empty: none printed). */
  meetingContact: meetingContactSchema,
})
export type DocumentSettings = z.infer<typeof documentSettingsSchema>

/** The settings an office starts with, worded from the committee's short name (示例区委 → 区委). */
export function defaultDocumentSettings(committeeName: string): DocumentSettings {
  const place = committeeName.replace(/^中共/u, '').replace(/委员会$/u, '') // 示例区
  const level = place.at(-1) ?? '区' // 区 / 县 / 市
  return {
    issuerShortName: `${level}委`,
    documentMark: `中共${place}委文件`,
    printingOffice: `中共${place}委办公室`,
    minutesMarks: {},
    minutesNumbering: 'body_year',
    defaultClassification: { level: 'confidential', years: 10 },
    distributionLists: [
      { name: '常委会会议纪要', text: `${level}委常委，${level}人大常委会、${level}政府、${level}政协党组（党委）主要负责同志，${level}纪委监委` },
    ],
    appointmentNumberPrefix: `${place.slice(0, 1)}${level}委`,
    noticeReporting: { unit: `中共${place}委组织部`, phone: '12380', address: `${place}人民路1号${level}委组织部干部监督科` },
    ...laterSettings,
  }
}

/** Settings added after offices had saved theirs: a stored value without them reads as these. */
const laterSettings: Pick<DocumentSettings, 'areaCode' | 'meetingContact'> = { areaCode: '', meetingContact: { name: '', phone: '' } }

export function withLaterSettings(stored: unknown): unknown {
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? { ...laterSettings, ...stored } : stored
}

/** A number as printed: with the office's area code unless it has one (or is a mobile number). */
export function phoneWithAreaCode(phone: string, areaCode: string): string {
  return areaCode === '' || phone.includes('-') || /^1\d{10}$/u.test(phone) ? phone : `${areaCode}-${phone}`
}
