import { addDays } from '../../shared/roster/dates'
import type { AgendaItemView, MeetingDetail } from '../../shared/meetings/views'
import type { Stance } from '../../shared/meetings/vocabulary'
import type { DemoRoster } from './build-roster'
import type { MemberKey } from './roster-data'
import { chairSummary, deadlineFor, decisionText, reportNotes, responsibleUnits, speechNotes, topicTitle } from './topic-text'
import { leaderFor, units } from './units'
import type { MeetingContext } from './meeting-context'
import { holdPersonnelItem, moveToDecision, openMatters } from './personnel-year'
import type { PlannedMeeting, PlannedTopic } from './year-plan'

// One meeting through the channels, as the secretary would enter it: topics proposed and
// approved, the meeting created and notified, held (attendance, speeches in the proposed
// order, votes, decisions), ended and signed.

const guestsOfStanding = [
  { name: '周建华', post: '区人大常委会主任' },
  { name: '吴明', post: '区政协主席' },
]

/** The unit's presenter as a 列席 guest: 赵强（区财政局局长） gives 赵强 with the post 区财政局局长. */
function presenterAsGuest(presenter: string): { name: string; post: string | null } {
  const match = /^(.+)（(.+)）$/u.exec(presenter)
  return match ? { name: match[1]!, post: match[2]! } : { name: presenter, post: null }
}

/** 议题申报 with the leader in charge's sign-off, then 书记审定. */
export async function proposeTopic(context: MeetingContext, topic: PlannedTopic, date: string): Promise<void> {
  const { call } = context.demo
  const unit = units[topic.data.unit]!
  const leader = context.roster.people[leaderFor(unit.area, date)]
  // A member's report (常委向常委会报告分管工作) is presented by the member himself.
  const reporter = topic.reportBy ? context.roster.name(topic.reportBy) : null
  const saved = await call('topics.save', {
    bodyId: context.bodies[topic.body],
    title: reporter ? `${reporter}同志关于${topic.data.subject}的报告` : topicTitle(topic.data),
    category: topic.data.category,
    proposingUnit: topic.data.unit,
    presenter: reporter ?? unit.presenter,
    reportingMemberId: topic.reportBy ? context.roster.people[topic.reportBy] : null,
    leaderInChargeId: leader,
    leaderSignedOffOn: date,
    summary: null,
    consultationItemId: topic.consultation?.itemId ?? null,
    guests: topic.body === 'standing' && topic.data.category !== 'general' ? [presenterAsGuest(unit.presenter)] : [],
  })
  topic.id = saved.id
  if (topic.materialOn === undefined) await addMaterial(context, topic)
  await call('topics.approve', { id: saved.id })
  // The candidates: opened under the 专题会's topic, moved onto the 常委会's once consulted.
  if (topic.personnel !== undefined) {
    if (topic.body === 'secretary') await openMatters(context, context.book, topic, date)
    else await moveToDecision(context, context.book, topic)
  }
}

/** The report as a file, kept inside the encrypted store like any material. */
export async function addMaterial(context: MeetingContext, topic: PlannedTopic): Promise<void> {
  const unit = units[topic.data.unit]!
  context.demo.shell.offer(`${topic.data.subject.slice(0, 40)}（${topic.data.unit}）.txt`, `${topicTitle(topic.data)}\n\n提请单位：${topic.data.unit}\n汇报人：${unit.presenter}\n`)
  await context.demo.call('topics.addMaterials', { topicId: topic.id! })
}

function membersOfSecretaryMeeting(roster: DemoRoster, date: string): string[] {
  const keys: MemberKey[] = ['secretary', 'mayor', date < '2026-07-01' ? 'deputy' : 'executive', 'organization', 'discipline']
  return keys.map((key) => roster.people[key])
}

export async function createMeeting(context: MeetingContext, meeting: PlannedMeeting): Promise<void> {
  const { call } = context.demo
  const detail = await call('meetings.create', {
    bodyId: context.bodies[meeting.body],
    date: meeting.date,
    startTime: meeting.startTime,
    place: meeting.place,
    chairId: context.roster.people.secretary,
    recorderName: '李记录',
    termId: context.roster.termId,
  })
  meeting.id = detail.id
  if (meeting.body === 'secretary') await call('meetings.setMembers', { id: detail.id, personIds: membersOfSecretaryMeeting(context.roster, meeting.date) })
  else for (const guest of guestsOfStanding) await call('meetings.addGuest', { meetingId: detail.id, ...guest })
  for (const topic of meeting.topics) await addToAgenda(context, meeting, topic)
}

export async function addToAgenda(context: MeetingContext, meeting: PlannedMeeting, topic: PlannedTopic): Promise<void> {
  const detail = await context.demo.call('agenda.add', { meetingId: meeting.id!, topicId: topic.id! })
  topic.itemId = detail.items.find((item) => item.topic.id === topic.id)!.id
}

export async function notifyMeeting(context: MeetingContext, meeting: PlannedMeeting): Promise<void> {
  await context.demo.call('meetings.advance', { id: meeting.id!, to: 'notified' })
}

async function recordAttendance(context: MeetingContext, meeting: PlannedMeeting, detail: MeetingDetail): Promise<void> {
  const { call } = context.demo
  for (const member of detail.members) {
    const leave = meeting.leaves.find((row) => context.roster.people[row.member] === member.personId)
    await call('live.setAttendance', {
      meetingId: meeting.id!,
      personId: member.personId,
      attendance: leave ? 'leave' : 'present',
      leaveReason: leave ? leave.reason : null,
      leaveNote: leave ? leave.note : null,
    })
    if (leave?.writtenView) await call('live.saveWrittenView', { meetingId: meeting.id!, personId: member.personId, text: leave.writtenView })
  }
}

function stanceFor(context: MeetingContext, outcome: 'passed' | 'rejected' | 'deferred', position: number): Stance {
  if (outcome === 'deferred') return position % 2 === 0 ? 'defer' : 'other'
  if (outcome === 'rejected') return position % 3 === 2 ? 'other' : 'disagree'
  return context.random.chance(0.12) ? 'other' : 'agree'
}

/** Speeches in the order on the screen (reverse rank, the chair last), then vote, decision, outcome. */
async function holdItem(context: MeetingContext, meeting: PlannedMeeting, topic: PlannedTopic, item: AgendaItemView): Promise<void> {
  // Views on candidates go only into the book, never into the meeting record.
  if (topic.personnel !== undefined) return holdPersonnelItem(context, context.book, meeting, topic, item)
  const { call, clock } = context.demo
  const outcome = meeting.outcomes.get(topic) ?? 'passed'
  const reporter = topic.reportBy ? context.roster.name(topic.reportBy) : null
  await call('live.saveReportNotes', { itemId: item.id, text: reporter ? `${reporter}同志报告了${topic.data.subject}。` : reportNotes(topic.data, context.random) })
  const chair = context.roster.people.secretary
  const leaderKey = leaderFor(units[topic.data.unit]!.area, meeting.date)
  for (const [position, personId] of item.speakingOrder.entries()) {
    clock.advance(3)
    const notes = personId === chair ? chairSummary(topic.data, context.roster.name(leaderKey), outcome) : speechNotes(stanceFor(context, outcome, position), context.random)
    const stance: Stance = personId === chair ? (outcome === 'passed' ? 'agree' : outcome === 'deferred' ? 'defer' : 'disagree') : stanceFor(context, outcome, position)
    await call('live.saveSpeech', { itemId: item.id, personId, notes, stance })
  }
  const participants = item.speakingOrder.length
  if (outcome !== 'deferred' && (topic.data.category !== 'general' || outcome === 'rejected')) {
    const personnel = topic.data.category === 'personnel'
    const against = outcome === 'rejected' ? participants - 3 : context.random.chance(0.2) ? 1 : 0
    const abstain = outcome === 'rejected' ? 0 : !personnel && context.random.chance(0.15) ? 1 : 0
    await call('live.saveVote', {
      itemId: item.id,
      method: personnel ? (meeting.body === 'secretary' ? 'voice' : 'secret') : 'hands',
      counts: { for: participants - against - abstain, against, abstain },
      ballots: null,
    })
  }
  if (reporter) {
    // A report heard decides nothing to follow up.
    await call('live.saveDecision', { itemId: item.id, decisionText: `会议听取了${reporter}同志关于${topic.data.subject}的报告。`, leadLeaderId: null, responsibleUnits: '', deadline: null })
  } else if (outcome === 'passed') {
    const text = meeting.body === 'secretary' ? `会议对${topic.data.subject.replace(/的酝酿$/u, '')}进行了酝酿，原则同意区委组织部提出的建议方案，提交区委常委会研究。` : decisionText(topic.data)
    await call('live.saveDecision', {
      itemId: item.id,
      decisionText: text,
      leadLeaderId: context.roster.people[leaderKey],
      responsibleUnits: responsibleUnits(topic.data),
      deadline: meeting.body === 'secretary' ? null : deadlineFor(topic.data, meeting.date),
    })
  } else {
    const text = outcome === 'deferred' ? '会议决定该议题暂缓决定，请提请单位根据会议意见修改完善后再提交会议研究。' : '会议经举手表决，该项目未获通过。请提请单位进一步论证后视情况重新提请。'
    await call('live.saveDecision', { itemId: item.id, decisionText: text, leadLeaderId: null, responsibleUnits: '', deadline: null })
  }
  await call('live.setOutcome', { itemId: item.id, outcome })
}

export async function holdMeeting(context: MeetingContext, meeting: PlannedMeeting): Promise<void> {
  const { call, clock } = context.demo
  await recordAttendance(context, meeting, await call('meetings.advance', { id: meeting.id!, to: 'in_progress' }))
  let detail = await call('meetings.get', { id: meeting.id! })
  const topics = [...meeting.topics, ...meeting.consulted]
  for (const [index, topic] of topics.entries()) {
    const itemId = topic.itemId!
    if (index === 0 && meeting.lateFor) detail = await call('live.setItemAbsence', { itemId, personId: context.roster.people[meeting.lateFor.member], kind: 'late', note: meeting.lateFor.note })
    if (meeting.recusal?.topic === topic) detail = await call('live.addRecusal', { itemId, personId: context.roster.people[meeting.recusal.member], candidate: '', reason: meeting.recusal.reason })
    let item = detail.items.find((row) => row.id === itemId)!
    if (index === 0 && meeting.reorder) {
      const first = context.roster.people[meeting.reorder.member]
      detail = await call('live.setSpeakingOrder', { itemId, order: [first, ...item.speakingOrder.filter((id) => id !== first)], reason: meeting.reorder.reason })
      item = detail.items.find((row) => row.id === itemId)!
    }
    clock.advance(10)
    await holdItem(context, meeting, topic, item)
    detail = await call('meetings.get', { id: meeting.id! })
  }
  clock.advance(10)
  await call('meetings.advance', { id: meeting.id!, to: 'ended' })
}

export async function signMeeting(context: MeetingContext, meeting: PlannedMeeting): Promise<void> {
  await context.demo.call('meetings.sign', { id: meeting.id! })
}

/** A correction after signing: the decision of the first 三重一大 item gains a unit that was left out. */
export async function amendMeeting(context: MeetingContext, meeting: PlannedMeeting, reason: string): Promise<void> {
  const { call } = context.demo
  const detail = await call('meetings.get', { id: meeting.id! })
  const item = detail.items.find((row) => row.topic.category !== 'general' && row.outcome === 'passed') ?? detail.items[0]!
  await call('meetings.amend', {
    meetingId: meeting.id!,
    target: 'agenda_item',
    targetId: item.id,
    field: 'responsibleUnits',
    after: `${item.responsibleUnits}、区审计局`,
    reason,
  })
}

export const dayBefore = (date: string, days: number) => addDays(date, -days)
