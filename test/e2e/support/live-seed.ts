import type { YishiCore } from '../../../electron/core'
import { localDay } from '../../../shared/calendar/local-day'
import type { BodyView, MeetingDetail, TopicSummary } from '../../../shared/meetings/views'
import type { TopicCategory } from '../../../shared/meetings/vocabulary'
import type { MembershipView } from '../../../shared/roster/views'
import { seedStandingCommittee } from './roster-seed'
import { dispatch } from './dispatch'

/** The topics on the seeded meeting's agenda, in order. */
export const liveTopics = [
  { title: '关于2027年区级重点民生实事项目的议题', category: 'major_decision', unit: '区发展改革局', presenter: '区发展改革局局长 钱卫东', leader: 1 },
  { title: '关于城区老旧小区改造三年行动方案的议题', category: 'major_project', unit: '区住房城乡建设局', presenter: '区住房城乡建设局局长 冯立', leader: 8 },
] as const satisfies readonly { title: string; category: TopicCategory; unit: string; presenter: string; leader: number }[]

export interface LiveSeed {
  meeting: MeetingDetail
  members: MembershipView[]
}

/**
 * A 常委会 meeting held today, as the preparation screens leave it (tested on their own):
 * the roster of 11 from January, two approved topics on the agenda, notified and started,
 * all through the real core. Needs an unlocked session with records.write.
 */
export async function seedLiveMeeting(core: YishiCore): Promise<LiveSeed> {
  // The app's today (the core's clock), which the harness pins for every spec.
  const today = localDay(core.context.now())
  const members = await seedStandingCommittee(core, `${today.slice(0, 4)}-01-01`)
  const bodies = await dispatch<BodyView[]>(core, 'bodies.list')
  const standing = bodies.find((body) => body.kind === 'standing')
  if (!standing) throw new Error('no 常委会会议 body')
  const chair = members[0]
  let meeting = await dispatch<MeetingDetail>(core, 'meetings.create', {
    bodyId: standing.id,
    date: today,
    startTime: '09:00',
    place: '区委常委会议室',
    chairId: chair?.personId ?? null,
    recorderName: '王秘书',
  })
  for (const topic of liveTopics) {
    const saved = await dispatch<TopicSummary>(core, 'topics.save', {
      bodyId: standing.id,
      title: topic.title,
      category: topic.category,
      proposingUnit: topic.unit,
      presenter: topic.presenter,
      leaderInChargeId: members[topic.leader]?.personId ?? null,
      leaderSignedOffOn: today,
      summary: null,
      consultationItemId: null,
      guests: [{ name: topic.unit, post: '主要负责同志' }],
    })
    await dispatch(core, 'topics.approve', { id: saved.id })
    meeting = await dispatch<MeetingDetail>(core, 'agenda.add', { meetingId: meeting.id, topicId: saved.id })
  }
  await dispatch(core, 'meetings.advance', { id: meeting.id, to: 'notified' })
  meeting = await dispatch<MeetingDetail>(core, 'meetings.advance', { id: meeting.id, to: 'in_progress' })
  return { meeting, members }
}

/**
 * The seeded meeting recorded and ended: everyone present but the last member (on leave, 公出,
 * 在市委党校学习); the first topic reported, three views, a vote and a decision, passed; the
 * second deferred. For the documents drawn from a record.
 */
export async function seedEndedMeeting(core: YishiCore): Promise<MeetingDetail> {
  const { meeting, members } = await seedLiveMeeting(core)
  for (const [index, member] of members.entries()) {
    const leave = index === members.length - 1
    await dispatch(core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'business' : null, leaveNote: leave ? '在市委党校学习' : null })
  }
  const [first, second] = meeting.items
  await dispatch(core, 'live.saveReportNotes', { itemId: first!.id, text: '钱卫东汇报了2027年区级重点民生实事项目的有关情况。十项民生实事已经逐项论证，资金来源已落实。' })
  const detail = await dispatch<MeetingDetail>(core, 'meetings.get', { id: meeting.id })
  for (const personId of detail.items[0]!.speakingOrder.slice(-3)) {
    await dispatch(core, 'live.saveSpeech', { itemId: first!.id, personId, notes: '同意。建议把养老和托育项目放在优先位置，资金足额保障。', stance: 'agree' })
  }
  await dispatch(core, 'live.saveVote', { itemId: first!.id, method: 'hands', counts: { for: 10, against: 0, abstain: 0 }, ballots: null })
  await dispatch(core, 'live.saveDecision', { itemId: first!.id, decisionText: '会议原则同意2027年区级重点民生实事项目。', leadLeaderId: members[1]!.personId, responsibleUnits: '区发展改革局', deadline: '2026-12-31' })
  await dispatch(core, 'live.setOutcome', { itemId: first!.id, outcome: 'passed' })
  await dispatch(core, 'live.setOutcome', { itemId: second!.id, outcome: 'deferred' })
  return dispatch<MeetingDetail>(core, 'meetings.advance', { id: meeting.id, to: 'ended' })
}
