import type { RuleResult } from './catalogue'
import type { Period, SelfCheckSettings } from './records'
import type { SelfCheckStatistics } from './statistics'

/** What selfCheck.run answers: the rules rated, their findings, and the period's figures. */
export interface SelfCheckResult {
  period: Period
  /** 「2026年」「2026年第一季度」 */
  periodLabel: string
  body: { id: string; name: string }
  today: string
  settings: SelfCheckSettings
  rules: RuleResult[]
  statistics: SelfCheckStatistics
  /** Whether the user holds the 干部任免 grant (personnel findings listed, the book's rule checked). */
  personnelVisible: boolean
  /** Years of the period past the bundled holiday data and not entered (counted by weekends). */
  uncoveredYears: number[]
}
