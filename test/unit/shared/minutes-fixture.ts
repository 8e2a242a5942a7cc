import type { AgendaItemView, MeetingDetail, MeetingMemberView, TopicSummary } from '../../../shared/meetings/views'
import { defaultDocumentSettings } from '../../../shared/documents/settings'

// A recorded meeting as core returns it, built by hand for the pure drafting tests: the
// standing committee of 示例区 on 20 November 2026, its 15th meeting of the year.

export const settings = defaultDocumentSettings('中共示例区委员会')

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

export function member(rank: number, name: string, post: string, extra: Partial<MeetingMemberView> = {}): MeetingMemberView {
  return { personId: id(100 + rank), name, rank, post, attendance: 'present', leaveReason: null, leaveNote: null, writtenView: null, ...extra }
}

export function topic(title: string, extra: Partial<TopicSummary> = {}): TopicSummary {
  return {
    id: id(200),
    bodyId: id(1),
    bodyName: '常委会会议',
    title,
    category: 'general',
    proposingUnit: '区发展改革委',
    presenter: '李卫东（区发展改革委主任）',
    leaderInChargeId: null,
    leaderInChargeName: null,
    reportingMemberId: null,
    leaderSignedOffOn: null,
    summary: null,
    approvedAt: '2026-11-10T02:00:00.000Z',
    approvedByName: '林书记',
    withdrawnAt: null,
    withdrawnReason: null,
    state: 'decided',
    consultation: null,
    guests: [],
    materials: [],
    history: [],
    ...extra,
  }
}

let itemCounter = 0
export function item(topicSummary: TopicSummary, extra: Partial<AgendaItemView> = {}): AgendaItemView {
  itemCounter += 1
  return {
    id: id(300 + itemCounter),
    position: itemCounter,
    topic: topicSummary,
    plannedTime: null,
    consultationRequired: false,
    materialDeadline: { due: '2026-11-18', workingDays: 2, state: 'ok', uncoveredYears: [] },
    reportNotes: '',
    speakingOrder: [],
    proposedSpeakingOrder: [],
    lastSpeaker: 'rank',
    speakingOrderReason: null,
    absences: [],
    recusals: [],
    speeches: [],
    vote: null,
    quorum: { members: 11, present: 11, required: 6, met: true, kind: 'meeting', missing: 0 },
    outcome: 'passed',
    decisionText: '',
    leadLeaderId: null,
    leadLeaderName: null,
    responsibleUnits: '',
    deadline: null,
    decidedAt: '2026-11-20T03:00:00.000Z',
    previous: [],
    ...extra,
  }
}

export const committee: MeetingMemberView[] = [
  member(1, '林书记', '区委书记'),
  member(2, '陈区长', '区委副书记、区长'),
  member(3, '王副书记', '区委副书记'),
  member(4, '赵部长', '区委常委、组织部部长', { attendance: 'leave', leaveReason: 'business', leaveNote: '在省委党校学习' }),
  member(5, '钱书记', '区委常委、纪委书记'),
  member(6, '孙部长', '区委常委、宣传部部长', { attendance: 'leave', leaveReason: 'sick' }),
  member(7, '李书记', '区委常委、政法委书记'),
]

export function meeting(items: AgendaItemView[], extra: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: id(10),
    body: { id: id(1), name: '常委会会议', kind: 'standing', numbering: 'year', quorumRequired: true, sortOrder: 10, archived: false },
    label: '2026年第15次常委会会议',
    sequence: 15,
    year: 2026,
    termId: null,
    termName: null,
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '11:30',
    place: '区委常委会议室',
    chairId: committee[0]!.personId,
    chairName: '林书记',
    recorderName: '王秘书',
    status: 'ended',
    notifiedAt: null,
    startedAt: null,
    endedAt: null,
    signedAt: null,
    signedByName: null,
    sealHash: null,
    sealIntact: null,
    sealCheck: null,
    members: committee,
    guests: [],
    items,
    amendments: [],
    rules: { quorumReading: 'half-or-more', materialDeadlineWorkingDays: 2 },
    quorum: { members: 7, present: 5, required: 4, met: true, kind: 'meeting', missing: 0 },
    ...extra,
  }
}
