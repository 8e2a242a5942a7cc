import { ruleStatusLabels, type Finding, type RuleStatus, type SelfCheckRule } from './finding'
import type { PeriodRecords } from './records'
import { followUpReportRule } from './rules/follow-up'
import { meetingFrequencyRule } from './rules/meeting-frequency'
import { memberReportsRule } from './rules/member-reports'
import { personnelStagesRule } from './rules/personnel-stages'
import { majorityRule, quorumRule } from './rules/quorum-and-majority'
import { principalSpeaksLastRule, recusalRule } from './rules/speaking-order'
import { materialDeadlineRule, noAdHocMotionRule } from './rules/topic-submission'

/** The rules in the order the report takes them. */
export const selfCheckCatalogue: readonly SelfCheckRule[] = [
  meetingFrequencyRule,
  materialDeadlineRule,
  noAdHocMotionRule,
  quorumRule,
  majorityRule,
  principalSpeaksLastRule,
  recusalRule,
  personnelStagesRule,
  followUpReportRule,
  memberReportsRule,
]

export interface RuleResult {
  id: string
  text: string
  setting: string | null
  status: RuleStatus
  statusLabel: string
  /** Findings that breach the rule (不符合). */
  breaches: number
  findings: Finding[]
  /** Findings about personnel withheld from a user without the 干部任免 grant (listed only as a count). */
  hiddenFindings: number
  /** A rule about the personnel book, not checked for a user without the grant (the book stays closed). */
  withheld: boolean
}

/** Runs every rule; `personnelVisible` false keeps personnel findings out, counting them only. */
export function runCatalogue(records: PeriodRecords, personnelVisible: boolean, catalogue: readonly SelfCheckRule[] = selfCheckCatalogue): RuleResult[] {
  return catalogue.map((rule) => {
    const withheld = rule.personnel && !personnelVisible
    const check = withheld ? { applicable: false, findings: [] } : rule.check(records)
    const breaches = check.findings.filter((finding) => finding.severity === 'breach').length
    const shown = personnelVisible ? check.findings : check.findings.filter((finding) => !finding.personnel)
    const status: RuleStatus = !check.applicable ? 'not-applicable' : breaches > 0 ? 'fail' : 'pass'
    return { id: rule.id, text: rule.text, setting: rule.setting, status, statusLabel: ruleStatusLabels[status], breaches, findings: shown, hiddenFindings: check.findings.length - shown.length, withheld }
  })
}
