import { isRealDate } from '../ipc/fields'
import { stanceLabels, stances, type AmendmentTarget, type Stance } from './vocabulary'

// What a signed record may be corrected in (更正), and what each field is called. A
// correction never changes the original: it is a dated row shown beside it. Structural
// facts (who attended, votes, outcomes) are not corrected this way; they are the record.

/** Target → field → Chinese label. The key of a target is given in `amendmentTargetKeys`. */
export const amendableFields = {
  meeting: { place: '会议地点', startTime: '开始时间', endTime: '结束时间' },
  agenda_item: { decisionText: '决定内容', reportNotes: '汇报要点', responsibleUnits: '责任单位', deadline: '办结时限', speakingOrderReason: '发言顺序调整原因' },
  speech: { notes: '发言记录', stance: '表态' },
  member: { leaveNote: '请假说明', writtenView: '书面意见' },
} as const satisfies Record<AmendmentTarget, Record<string, string>>

export type AmendableField<T extends AmendmentTarget> = keyof (typeof amendableFields)[T] & string

export const amendmentTargetLabels: Record<AmendmentTarget, string> = { meeting: '会议信息', agenda_item: '议题', speech: '发言', member: '出席成员' }

/** How the target is named in `targetId`. */
export const amendmentTargetKeys: Record<AmendmentTarget, string> = {
  meeting: '会议编号',
  agenda_item: '议题编号',
  speech: '议题编号:人员编号',
  member: '人员编号',
}

export function isAmendableField(target: AmendmentTarget, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(amendableFields[target], field)
}

/** The field's Chinese name; an unknown field is shown as it is. */
export function amendmentFieldLabel(target: AmendmentTarget, field: string): string {
  const fields: Record<string, string> = amendableFields[target]
  return isAmendableField(target, field) ? (fields[field] ?? field) : field
}

/** What is wrong with a corrected value (in Chinese), or null. */
export function amendmentValueProblem(target: AmendmentTarget, field: string, value: string): string | null {
  if (!isAmendableField(target, field)) {
    const allowed = Object.values(amendableFields[target] as Record<string, string>).join('、')
    return `“${field}”不能更正；${amendmentTargetLabels[target]}可更正的内容为：${allowed}`
  }
  const label = amendmentFieldLabel(target, field)
  if (value.trim() === '') return `请填写更正后的${label}`
  if (field === 'startTime' || field === 'endTime') return /^([01]\d|2[0-3]):[0-5]\d$/u.test(value) ? null : `${label}的格式应为 时:分，例如 09:00`
  if (field === 'deadline') return /^\d{4}-\d{2}-\d{2}$/u.test(value) && isRealDate(value) ? null : `${label}应为有效日期，格式为 年-月-日，例如 2026-12-31`
  if (field === 'stance') return (stances as readonly string[]).includes(value) ? null : `表态应为：${Object.values(stanceLabels).join('、')}`
  if (field === 'place' && value.trim().length > 64) return '会议地点不能超过 64 个字符'
  return null
}

/** A stored value as a reader sees it (a stance code becomes 同意 …). */
export function amendmentValueText(field: string, value: string | null): string {
  if (value === null || value === '') return '（空）'
  if (field === 'stance') return stanceLabels[value as Stance] ?? value
  return value
}

export interface AmendmentLike {
  target: AmendmentTarget
  targetId: string
  field: string
  after: string
}

/** The value in force: the latest correction of that field (amendments oldest first), else the original. */
export function effectiveValue(amendments: readonly AmendmentLike[], target: AmendmentTarget, targetId: string, field: string, original: string | null): string | null {
  const latest = amendments.filter((row) => row.target === target && row.targetId === targetId && row.field === field).at(-1)
  return latest ? latest.after : original
}
