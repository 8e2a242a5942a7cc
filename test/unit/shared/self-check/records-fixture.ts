import { emptyCalendar } from '../../../../shared/calendar/working-days'
import type { StageDates } from '../../../../shared/personnel/vocabulary'
import { defaultSelfCheckSettings, type ItemRecord, type MatterRecord, type MeetingRecord, type MemberRecord, type PeriodRecords, type TaskRecord } from '../../../../shared/self-check/records'

// Small hand-made records for the rules' tests: a committee of five, 书记 ranked 1.

export const memberIds = ['p1', 'p2', 'p3', 'p4', 'p5'] as const

export function members(present = 5): MemberRecord[] {
  return memberIds.map((personId, index) => ({ personId, name: `成员${index + 1}`, rank: index + 1, attendance: index < present ? 'present' : 'leave', leaveReason: index < present ? null : 'business' }))
}

let counter = 0

export function item(overrides: Partial<ItemRecord> = {}): ItemRecord {
  counter += 1
  return {
    id: `i${counter}`,
    position: 1,
    topicId: `t${counter}`,
    title: `议题${counter}`,
    category: 'general',
    reportingMemberId: null,
    approvedOn: '2026-01-01',
    materialDays: ['2026-01-01'],
    outcome: 'passed',
    votesFor: null,
    savedOrder: null,
    orderReason: null,
    speakerIds: [],
    absentIds: [],
    recusals: [],
    voterIds: [],
    ...overrides,
  }
}

export function meeting(date: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  counter += 1
  return { id: `m${counter}`, label: `2026年第${counter}次常委会会议`, date, status: 'signed', chairId: 'p1', members: members(), items: [], ...overrides }
}

export function task(overrides: Partial<TaskRecord> = {}): TaskRecord {
  counter += 1
  return { id: `k${counter}`, meetingId: 'm0', title: `任务${counter}`, leadLeaderId: 'p2', deadline: '2026-06-30', state: 'in_progress', lastReportDate: null, ...overrides }
}

export const noStages: StageDates = {
  proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: null, decidedOn: null, noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, probationEnd: null, confirmedOn: null,
}

export function matter(stages: Partial<StageDates>, overrides: Partial<MatterRecord> = {}): MatterRecord {
  counter += 1
  return { id: `x${counter}`, cadreId: `c${counter}`, label: `张${counter}任职`, actionType: 'appoint', decisionResult: 'passed', stages: { ...noStages, ...stages }, ...overrides }
}

export function records(overrides: Partial<PeriodRecords> = {}): PeriodRecords {
  return {
    period: { from: '2026-01-01', to: '2026-12-31' },
    today: '2027-01-15',
    body: { id: 'b1', name: '常委会会议', kind: 'standing', quorumRequired: true },
    settings: defaultSelfCheckSettings,
    calendar: emptyCalendar,
    meetings: [],
    tasks: [],
    matters: [],
    names: { p1: '成员1', p2: '成员2', p3: '成员3', p4: '成员4', p5: '成员5' },
    ...overrides,
  }
}

/** Two meetings in every month of 2026 (the 10th and the 24th). */
export function twiceMonthly(): MeetingRecord[] {
  return Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')).flatMap((month) => [meeting(`2026-${month}-10`), meeting(`2026-${month}-24`)])
}
