import type { YishiCore } from '../../../electron/core'
import { localDay } from '../../../shared/calendar/local-day'
import type { BodyView, MeetingDetail, TopicSummary } from '../../../shared/meetings/views'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BookEntryView, LrmxImportResult, LrmxPreview, MatterView } from '../../../shared/personnel/views'
import { lrmxFixtureDir } from '../../support/fixtures'
import type { AppHarness } from './app'
import { addDays } from '../../../shared/roster/dates'
import { seedStandingCommittee } from './roster-seed'
import { dispatch } from './dispatch'

export interface DecidedCandidate {
  meeting: MeetingDetail
  matter: MatterView
}

/**
 * A 常委会 meeting held today with a personnel topic, everyone present, and the cadre's
 * promotion proposed, recommended, inspected and consulted by hand, then decided in the
 * book: what the meeting screen (tested on its own) leaves behind. Needs an unlocked
 * session with records.write and the 干部任免 grant.
 */
export async function seedDecidedCandidate(core: YishiCore, cadreId: string): Promise<DecidedCandidate> {
  const today = localDay(core.context.now())
  const members = await seedStandingCommittee(core, `${today.slice(0, 4)}-01-01`)
  const standing = (await dispatch<BodyView[]>(core, 'bodies.list')).find((body) => body.kind === 'standing')
  if (!standing) throw new Error('no 常委会会议 body')
  let meeting = await dispatch<MeetingDetail>(core, 'meetings.create', { bodyId: standing.id, date: today, startTime: '09:00', place: '区委常委会议室', chairId: members[0]?.personId ?? null, recorderName: '王秘书' })
  const topic = await dispatch<TopicSummary>(core, 'topics.save', {
    bodyId: standing.id,
    title: '关于有关同志职务任免的议题',
    category: 'personnel',
    proposingUnit: '区委组织部',
    presenter: '区委常委、组织部部长 陈志强',
    leaderInChargeId: members[4]?.personId ?? null,
    leaderSignedOffOn: today,
    summary: null,
    consultationItemId: null,
    guests: [],
  })
  await dispatch(core, 'topics.approve', { id: topic.id })
  meeting = await dispatch<MeetingDetail>(core, 'agenda.add', { meetingId: meeting.id, topicId: topic.id })
  await dispatch(core, 'meetings.advance', { id: meeting.id, to: 'notified' })
  meeting = await dispatch<MeetingDetail>(core, 'meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const member of members) {
    meeting = await dispatch<MeetingDetail>(core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  }
  const item = meeting.items.find((candidate) => candidate.topic.id === topic.id)
  if (!item) throw new Error('the personnel topic is not on the agenda')
  const matter = await dispatch<MatterView>(core, 'personnel.saveMatter', {
    cadreId,
    topicId: topic.id,
    actionType: 'appoint',
    proposedPost: '示例区发展和改革委员会主任',
    unit: '示例区发展和改革委员会',
    reasons: '工作需要',
    probation: true,
    integrityOpinion: '无影响使用的问题',
    stages: { proposedOn: addDays(today, -40), recommendedOn: addDays(today, -30), inspectedOn: addDays(today, -20), consultedOn: addDays(today, -7) },
  })
  await dispatch(core, 'personnel.decideCandidate', {
    meetingId: meeting.id,
    agendaItemId: item.id,
    matterId: matter.id,
    voteMethod: 'hands',
    views: members.map((member) => ({ memberId: member.personId, view: 'agree' })),
  })
  return { meeting, matter }
}

export interface ConsultedMeeting {
  members: Awaited<ReturnType<typeof seedStandingCommittee>>
  /** The 常委会, started today, with the personnel topic on its agenda. */
  meeting: MeetingDetail
  /** The 书记专题会议 whose item consulted (酝酿) the topic. */
  consultation: MeetingDetail
}

/**
 * A personnel topic as the preparation screens leave it: the committee of 11, a 书记专题会议
 * held today that consulted it, and the 常委会 started today with it on the agenda.
 */
export async function seedConsultedPersonnelMeeting(core: YishiCore): Promise<ConsultedMeeting> {
  const today = localDay(core.context.now())
  const members = await seedStandingCommittee(core, `${today.slice(0, 4)}-01-01`)
  const bodies = await dispatch<BodyView[]>(core, 'bodies.list')
  const body = (kind: string) => bodies.find((row) => row.kind === kind)!.id
  const topic = async (bodyId: string, title: string, consultationItemId: string | null) => {
    const saved = await dispatch<TopicSummary>(core, 'topics.save', { bodyId, title, category: 'personnel', proposingUnit: '区委组织部', presenter: '区委组织部部长 陈志强', leaderInChargeId: members[4]!.personId, leaderSignedOffOn: today, summary: null, consultationItemId, guests: [] })
    await dispatch(core, 'topics.approve', { id: saved.id })
    return saved.id
  }
  const held = async (bodyId: string, topicId: string) => {
    const meeting = await dispatch<MeetingDetail>(core, 'meetings.create', { bodyId, date: today, startTime: '09:00', place: '区委常委会议室', chairId: members[0]!.personId, recorderName: '王秘书' })
    await dispatch(core, 'agenda.add', { meetingId: meeting.id, topicId })
    await dispatch(core, 'meetings.advance', { id: meeting.id, to: 'notified' })
    return dispatch<MeetingDetail>(core, 'meetings.advance', { id: meeting.id, to: 'in_progress' })
  }
  const consultation = await held(body('secretary'), await topic(body('secretary'), '关于部分干部职务任免的酝酿', null))
  const meeting = await held(body('standing'), await topic(body('standing'), '关于部分干部职务任免的议题', consultation.items[0]!.id))
  return { members, meeting, consultation }
}

/**
 * Two candidates decided at a signed 常委会 whose topic a 书记专题会议 consulted (李秀英 with
 * one recusal, `recused`): entry 第1号, sealed at 签发. The .lrmx fixtures are copied into `folder`.
 */
export async function seedSealedEntry(app: AppHarness, folder: string, recused: string): Promise<BookEntryView> {
  const core = app.core
  const { members, meeting, consultation } = await seedConsultedPersonnelMeeting(core)
  const topicId = meeting.items[0]!.topic.id
  const consulted = consultation.items[0]!
  for (const member of members) await dispatch(core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  const item = meeting.items[0]!

  app.dialogs.openFiles.push(
    ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
      copyFileSync(join(lrmxFixtureDir, name), join(folder, name))
      return join(folder, name)
    }),
  )
  const preview = await dispatch<LrmxPreview>(core, 'personnel.previewLrmx')
  const imported = await dispatch<LrmxImportResult>(core, 'personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' })) })
  const decide = async (name: string, actionType: string, post: Record<string, string>, recusedName: string | null) => {
    const matter = await dispatch<MatterView>(core, 'personnel.saveMatter', {
      cadreId: imported.created.find((cadre) => cadre.name === name)!.id, topicId, actionType, ...post,
      consultationMeetingId: consultation.id, consultationItemId: consulted.id, stages: { consultedOn: consultation.date },
    })
    const recusedId = members.find((member) => member.name === recusedName)?.personId
    await dispatch(core, 'personnel.decideCandidate', {
      meetingId: meeting.id, agendaItemId: item.id, matterId: matter.id, voteMethod: 'hands',
      recusals: recusedId ? [{ memberId: recusedId, reason: '系该人选的近亲属' }] : [],
      views: members.filter((member) => member.personId !== recusedId).map((member) => ({ memberId: member.personId, view: 'agree' })),
    })
  }
  await decide('张建国', 'appoint', { proposedPost: '区发展改革委主任' }, null)
  await decide('李秀英', 'retire', { postToRemove: '示例区教育局副局长' }, recused)
  await dispatch(core, 'live.setOutcome', { itemId: item.id, outcome: 'passed' })
  await dispatch(core, 'meetings.advance', { id: meeting.id, to: 'ended' })
  await dispatch(core, 'meetings.sign', { id: meeting.id })
  const { entry } = await dispatch<{ entry: BookEntryView | null }>(core, 'personnel.entryForItem', { agendaItemId: item.id })
  if (!entry?.sealed) throw new Error('the entry was not sealed at 签发')
  return entry
}
