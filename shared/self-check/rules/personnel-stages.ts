import { countWorkingDays, type WorkingCalendar } from '../../calendar/working-days'
import { formatChineseDate } from '../../personnel/dates'
import { actionRules, noticeWorkingDays } from '../../personnel/stage-rules'
import type { Finding, FindingRef, SelfCheckRule } from '../finding'
import type { MatterRecord } from '../records'

// 干部任免: 酝酿 at a 书记专题会议 before the 常委会 decides, and 任前公示 of at least 5
// working days (office calendar) before the appointment notice (stage-rules.ts).

const matterRef = (matter: MatterRecord): FindingRef => ({ kind: 'matter', id: matter.id, label: matter.label, cadreId: matter.cadreId })

function matterFindings(matter: MatterRecord, calendar: WorkingCalendar): string[] {
  const rule = actionRules[matter.actionType]
  const { consultedOn, decidedOn, noticeStart, noticeEnd, appointedOn } = matter.stages
  const problems: string[] = []
  if (rule.consultation && decidedOn !== null && (consultedOn === null || consultedOn > decidedOn)) problems.push('未经书记专题会议酝酿即提交常委会讨论决定')
  if (rule.publicNotice && matter.decisionResult === 'passed') {
    if (noticeStart !== null && noticeEnd !== null) {
      const days = countWorkingDays(noticeStart, noticeEnd, calendar)
      if (days < noticeWorkingDays) problems.push(`任前公示期${days}个工作日（${formatChineseDate(noticeStart)}至${formatChineseDate(noticeEnd)}，要求不少于${noticeWorkingDays}个工作日）`)
    } else if (noticeStart === null && appointedOn !== null) {
      problems.push('未经任前公示即下发任职通知')
    }
  }
  return problems
}

export const personnelStagesRule: SelfCheckRule = {
  id: 'personnel-stages',
  text: '干部任免事项须经书记专题会议酝酿后提交常委会讨论决定；任前公示期不少于5个工作日',
  setting: '设置 → 工作日历',
  personnel: true,
  check(records) {
    if (records.matters === null) return { applicable: false, findings: [] }
    const decided = records.matters.filter((matter) => matter.stages.decidedOn !== null)
    const findings: Finding[] = decided.flatMap((matter) =>
      matterFindings(matter, records.calendar).map((problem) => ({ ruleId: personnelStagesRule.id, severity: 'breach' as const, personnel: true, text: `干部任免事项${matter.label}：${problem}`, refs: [matterRef(matter)] })),
    )
    return { applicable: decided.length > 0, findings }
  },
}
