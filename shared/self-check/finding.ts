import { chineseNumber } from '../documents/meeting-text'
import type { ItemRecord, MeetingRecord, PeriodRecords } from './records'

// What a rule returns: findings with links to the records that show them.

export type RefKind = 'meeting' | 'item' | 'matter' | 'task'

export interface FindingRef {
  kind: RefKind
  id: string
  label: string
  /** For an item or task: the meeting to open it in. */
  meetingId?: string
  /** For a personnel matter: the cadre whose profile shows it. */
  cadreId?: string
}

export interface Finding {
  ruleId: string
  /** 「3月只召开1次常委会会议（要求每月至少2次）」 */
  text: string
  /** 'breach' makes the rule 不符合; a 'note' is recorded practice shown for the record (a reordering with its reason). */
  severity: 'breach' | 'note'
  /** About a personnel matter or item: shown only to holders of the 干部任免 grant. */
  personnel: boolean
  refs: FindingRef[]
}

export type RuleStatus = 'pass' | 'fail' | 'not-applicable'

export const ruleStatusLabels: Record<RuleStatus, string> = { pass: '符合', fail: '不符合', 'not-applicable': '不适用' }

export interface RuleCheck {
  /** Nothing in the period the rule could apply to. */
  applicable: boolean
  findings: Finding[]
}

export interface SelfCheckRule {
  id: string
  /** The rule as the 议事规则 words it. */
  text: string
  /** Where its setting lives, or null when it has none. */
  setting: string | null
  /** Findings about personnel matters only (the whole rule is hidden without the grant). */
  personnel: boolean
  check(records: PeriodRecords): RuleCheck
}

export const meetingRef = (meeting: Pick<MeetingRecord, 'id' | 'label'>): FindingRef => ({ kind: 'meeting', id: meeting.id, label: meeting.label })

/** 「2026年第12次常委会会议议题二《……》」 */
export function itemLabel(meeting: Pick<MeetingRecord, 'label'>, item: Pick<ItemRecord, 'position' | 'title'>): string {
  return `${meeting.label}议题${chineseNumber(item.position)}《${item.title}》`
}

export const itemRef = (meeting: MeetingRecord, item: ItemRecord): FindingRef => ({ kind: 'item', id: item.id, label: itemLabel(meeting, item), meetingId: meeting.id })

export const isPersonnelItem = (item: Pick<ItemRecord, 'category'>) => item.category === 'personnel'

/** Every agenda item of the period with its meeting. */
export function* periodItems(records: PeriodRecords): Generator<{ meeting: MeetingRecord; item: ItemRecord }> {
  for (const meeting of records.meetings) for (const item of meeting.items) yield { meeting, item }
}

/** A decision was taken on it (通过 or 不通过). */
export const isDecided = (item: Pick<ItemRecord, 'outcome'>) => item.outcome === 'passed' || item.outcome === 'rejected'
