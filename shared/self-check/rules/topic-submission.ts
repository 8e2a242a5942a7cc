import { addCalendarDays, countWorkingDays, materialDeadline } from '../../calendar/working-days'
import { formatChineseDate } from '../../personnel/dates'
import { isPersonnelItem, itemLabel, itemRef, periodItems, type Finding, type SelfCheckRule } from '../finding'

// 议题须提前报送材料 (设置 → 议事规则: N working days before, on the office calendar) and
// 不搞临时动议: every topic is approved by the 书记 (书记审定) before the meeting.

export const materialDeadlineRule: SelfCheckRule = {
  id: 'material-deadline',
  text: '议题材料应于会前规定时间内报送（默认会前2个工作日）',
  setting: '设置 → 议事规则：材料截止（会前工作日数）；设置 → 工作日历',
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    let applicable = false
    for (const { meeting, item } of periodItems(records)) {
      // A personnel item's material is the book's entry; a member's report needs none.
      if (isPersonnelItem(item) || item.reportingMemberId !== null) continue
      applicable = true
      const deadline = materialDeadline(meeting.date, item.materialDays, records.settings.materialDeadlineWorkingDays, records.calendar)
      if (deadline.state === 'ok') continue
      const label = itemLabel(meeting, item)
      const last = [...item.materialDays].sort().at(-1)
      const text =
        deadline.state === 'missing' || last === undefined
          ? `${label}未报送汇报材料`
          : `${label}材料逾期${countWorkingDays(addCalendarDays(deadline.due, 1), last, records.calendar)}个工作日提交（应于${formatChineseDate(deadline.due)}前报送，${formatChineseDate(last)}报送）`
      findings.push({ ruleId: materialDeadlineRule.id, severity: 'breach', personnel: false, text, refs: [itemRef(meeting, item)] })
    }
    return { applicable, findings }
  },
}

export const noAdHocMotionRule: SelfCheckRule = {
  id: 'no-ad-hoc-motion',
  text: '上会议题须经书记审定，不搞临时动议',
  setting: null,
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    let applicable = false
    for (const { meeting, item } of periodItems(records)) {
      applicable = true
      if (item.approvedOn !== null && item.approvedOn <= meeting.date) continue
      const label = itemLabel(meeting, item)
      const text = item.approvedOn === null ? `${label}未经书记审定即上会（临时动议）` : `${label}于会后（${formatChineseDate(item.approvedOn)}）才经书记审定`
      findings.push({ ruleId: noAdHocMotionRule.id, severity: 'breach', personnel: isPersonnelItem(item), text, refs: [itemRef(meeting, item)] })
    }
    return { applicable, findings }
  },
}
