import type { LeaveReason } from '../../shared/meetings/vocabulary'
import type { DemoRandom } from './random'
import type { MemberKey } from './roster-data'
import { personnelSubjects, studySubjects, topicCatalog, type TopicData } from './topic-catalog'
import { leaderFor, units } from './units'

// What happens in 2026, decided before anything is written: the dates, each meeting's
// topics and the particular events (a leave with a written view, a deferral, a recusal …).

export type BodyKey = 'standing' | 'secretary'

export interface PlannedTopic {
  data: TopicData
  body: BodyKey
  /** For a 常委会 personnel topic: the 专题会 topic that consulted it. */
  consultation?: PlannedTopic
  /** For a personnel topic (both meetings): its index in personnelSubjects, naming its candidates. */
  personnel?: number
  /** 常委向常委会报告分管工作: the member who reports (季度工作报告). */
  reportBy?: MemberKey
  /** The day its materials came in, when not with the proposal (a late material, for the self-check). */
  materialOn?: string
  /** Filled while playing: the topic's id and its latest agenda item. */
  id?: string
  itemId?: string
}

export interface PlannedLeave {
  member: MemberKey
  reason: LeaveReason
  note: string
  writtenView?: string
}

export interface PlannedMeeting {
  body: BodyKey
  date: string
  startTime: string
  place: string
  topics: PlannedTopic[]
  /** Personnel topics added after the 专题会 two days before (already notified then). */
  consulted: PlannedTopic[]
  /** 'signed' (most), 'ended' (held, awaiting 签发) or 'notified' (upcoming). */
  finalStatus: 'signed' | 'ended' | 'notified'
  leaves: PlannedLeave[]
  /** Outcome other than 通过 for some topic of this meeting. */
  outcomes: Map<PlannedTopic, 'deferred' | 'rejected'>
  recusal?: { topic: PlannedTopic; member: MemberKey; reason: string }
  lateFor?: { member: MemberKey; note: string }
  reorder?: { member: MemberKey; reason: string }
  amendment?: { date: string; reason: string }
  id?: string
}

/**
 * 常委会 on Thursdays, about every two weeks, around the Spring Festival and National Day holidays.
 * A deliberate lapse for the self-check (自查): August has only one (the second put off to 3 September).
 */
const standingDates = ['2026-01-08', '2026-01-22', '2026-02-05', '2026-02-26', '2026-03-12', '2026-03-26', '2026-04-09', '2026-04-23', '2026-05-07', '2026-05-21', '2026-06-04', '2026-06-18', '2026-07-02', '2026-07-16', '2026-07-30', '2026-08-13', '2026-09-03', '2026-09-10', '2026-09-24', '2026-10-15', '2026-10-29', '2026-11-12', '2026-11-19', '2026-11-26']
/** 书记专题会议 two days before the 常委会 that decides personnel. */
const secretaryDates = ['2026-01-20', '2026-03-10', '2026-06-16', '2026-09-01', '2026-10-27', '2026-11-17']
export const today = '2026-11-23'

const leaveNotes: { reason: LeaveReason; note: string }[] = [
  { reason: 'business', note: '赴省委党校参加专题培训' },
  { reason: 'business', note: '参加全市重点项目观摩活动' },
  { reason: 'business', note: '带队赴对口协作地区考察' },
  { reason: 'sick', note: '病假' },
  { reason: 'personal', note: '事假（家中有事）' },
  { reason: 'other', note: '在市委党校参加中青年干部培训班' },
]

/** Who may be away (never the chair); the members change on 1 July. */
const leaveCandidates = (date: string): MemberKey[] => [date < '2026-07-01' ? 'deputy' : 'newExecutive', 'executive', 'organization', 'discipline', 'legal', 'publicity', 'unitedFront', 'military']

export function planYear(random: DemoRandom): PlannedMeeting[] {
  const catalog = [...topicCatalog]
  const studies = [...studySubjects]
  const meetings: PlannedMeeting[] = []

  // The upcoming meeting gets the last three topics; the others share the rest in order.
  const upcoming = catalog.splice(-3)
  const held = standingDates.filter((date) => date <= today).length
  const standing = standingDates.map((date, index): PlannedMeeting => {
    const topics: PlannedTopic[] = []
    if (index % 3 === 0 && studies.length > 0 && date <= today) topics.push({ body: 'standing', data: { subject: studies.shift()!, kind: '汇报', category: 'general', unit: '区委办公室' } })
    const share = date > today ? upcoming : catalog.slice(Math.floor((index * catalog.length) / held), Math.floor(((index + 1) * catalog.length) / held))
    topics.push(...share.map((data): PlannedTopic => ({ body: 'standing', data })))
    return {
      body: 'standing',
      date,
      startTime: '09:00',
      place: index % 4 === 3 ? '区委第一会议室' : '区委常委会议室',
      topics,
      consulted: [],
      finalStatus: date > today ? 'notified' : date === '2026-11-19' ? 'ended' : 'signed',
      leaves: [],
      outcomes: new Map(),
    }
  })

  const secretary = secretaryDates.map((date, index): PlannedMeeting => {
    const data: TopicData = { subject: personnelSubjects[index]!, kind: '意见', category: 'personnel', unit: '区委组织部' }
    const consultation: PlannedTopic = { body: 'secretary', data: { ...data, subject: `${data.subject}的酝酿`, kind: '汇报' }, personnel: index }
    const decides = standing.find((meeting) => meeting.date > date)!
    decides.consulted.push({ body: 'standing', data, consultation, personnel: index })
    return { body: 'secretary', date, startTime: '15:00', place: '区委书记办公室', topics: [consultation], consulted: [], finalStatus: 'signed', leaves: [], outcomes: new Map() }
  })

  // Leaves: about one meeting in three has one member away; never the chair.
  for (const meeting of standing) {
    if (meeting.finalStatus === 'notified' || !random.chance(0.35)) continue
    const leave = random.pick(leaveNotes)
    meeting.leaves.push({ member: random.pick(leaveCandidates(meeting.date)), reason: leave.reason, note: leave.note })
  }
  const byDate = (date: string) => standing.find((meeting) => meeting.date === date)!
  // 26 March: the 纪委书记 is away at the province and sends a written view (recorded, not a vote).
  byDate('2026-03-26').leaves = [{ member: 'discipline', reason: 'business', note: '参加省纪委全会', writtenView: '同意会议各项议题。建议在实施过程中同步做好廉政风险防控，加强资金使用监督。' }]
  // 9 April: the 老旧小区改造 plan is deferred; it comes back and passes on 23 April.
  const renovation = standing.flatMap((meeting) => meeting.topics).find((topic) => topic.data.subject.startsWith('老旧小区改造'))!
  for (const meeting of standing) meeting.topics = meeting.topics.filter((topic) => topic !== renovation)
  byDate('2026-04-09').topics.push(renovation)
  byDate('2026-04-09').outcomes.set(renovation, 'deferred')
  byDate('2026-04-23').topics.push(renovation)
  // The underground mall is turned down.
  for (const meeting of standing) {
    const mall = meeting.topics.find((topic) => topic.data.subject.includes('地下商业街'))
    if (mall) meeting.outcomes.set(mall, 'rejected')
  }
  // 18 June: a member recuses himself from a project (his wife works for the builder); on the
  // personnel topic the same day he recuses for one candidate in the book (personnel-year.ts).
  const june = byDate('2026-06-18')
  june.leaves = []
  const project = june.topics.find((topic) => topic.data.category !== 'general') ?? june.topics[0]!
  june.recusal = { topic: project, member: 'unitedFront', reason: '其配偶在该项目的承建企业任职，按规定回避' }
  byDate('2026-05-21').lateFor = { member: 'mayor', note: '接待省督查组，第一个议题讨论后到会' }
  byDate('2026-07-16').reorder = { member: 'mayor', reason: '区长须提前离会参加全市防汛调度视频会议，经主持人同意先发言' }
  // 10 September: the first topic's report comes in the day before (due two working days before): 逾期1个工作日.
  byDate('2026-09-10').topics[0]!.materialOn = '2026-09-09'
  // 5 February: after signing, a decision's wording is corrected by an amendment.
  byDate('2026-02-05').amendment = { date: '2026-02-12', reason: '经与会议录音核对，原记录中责任单位漏记区审计局，予以补正' }

  // 季度工作报告: at each quarter's last 常委会 the members leading its decisions report on them;
  // in the third quarter the last of them does not (a deliberate lapse for 自查).
  const quarters = [
    { end: '2026-03-31', name: '第一季度' },
    { end: '2026-06-30', name: '第二季度' },
    { end: '2026-09-30', name: '第三季度' },
  ]
  for (const [index, quarter] of quarters.entries()) {
    const held = standing.filter((meeting) => meeting.date <= quarter.end)
    const last = held.at(-1)!
    const leading = held.flatMap((meeting) => meeting.topics.filter((topic) => topic.data.category !== 'personnel' && !meeting.outcomes.has(topic) && !topic.reportBy).map((topic) => leaderFor(units[topic.data.unit]!.area, meeting.date)))
    // The 副书记 left on 1 July: he no longer reports to the committee.
    const sitting = [...new Set(leading)].filter((member) => last.date < '2026-07-01' || member !== 'deputy')
    const reporters = index === quarters.length - 1 ? sitting.slice(0, -1) : sitting
    for (const member of reporters) last.topics.push({ body: 'standing', data: { subject: `${quarter.name}分管工作和牵头决定事项落实情况`, kind: '汇报', category: 'general', unit: '区委办公室' }, reportBy: member })
  }

  meetings.push(...standing, ...secretary)
  return meetings.sort((a, b) => a.date.localeCompare(b.date))
}
