import { z } from 'zod'
import { plainText } from '../ipc/fields'

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
    phone: plainText(60, '举报电话'),
    address: plainText(100, '通信地址'),
  }),
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
  }
}
