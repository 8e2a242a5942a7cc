import { stageKeys, stageLabels } from '../../../../shared/personnel/vocabulary'
import type { MatterView } from '../../../../shared/personnel/views'
import { dayText } from './personnelFormat'

/** The last stage with a date: "任前公示开始 2026年9月28日"; '未开始' when none has one. */
export function stageReached(matter: MatterView): string {
  const key = [...stageKeys].reverse().find((stage) => matter.stages[stage] !== null)
  return key ? `${stageLabels[key]} ${dayText(matter.stages[key])}` : '未开始'
}

/** "2026年9月28日至2026年10月9日", "2026年9月28日起", or '—'. */
export function noticeText(matter: MatterView): string {
  const { noticeStart, noticeEnd } = matter.stages
  if (noticeStart === null) return '—'
  return noticeEnd === null ? `${dayText(noticeStart)}起` : `${dayText(noticeStart)}至${dayText(noticeEnd)}`
}

/** "区委干〔2026〕12号 2026年10月12日" or '—'. */
export function appointmentText(matter: MatterView): string {
  if (matter.appointmentDocNo === null && matter.stages.appointedOn === null) return '—'
  return [matter.appointmentDocNo, matter.stages.appointedOn ? dayText(matter.stages.appointedOn) : null].filter(Boolean).join(' ')
}
