import type { YishiCore } from '../../../electron/core'
import { localDay } from '../../../shared/calendar/local-day'
import type { BodyView, MeetingDetail, TopicSummary } from '../../../shared/meetings/views'
import type { TopicCategory } from '../../../shared/meetings/vocabulary'
import type { MembershipView } from '../../../shared/roster/views'
import { seedStandingCommittee } from './roster-seed'

async function dispatch<T>(core: YishiCore, channel: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

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
  const today = localDay(new Date())
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
