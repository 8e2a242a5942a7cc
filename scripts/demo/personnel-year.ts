import { addDays } from '../../shared/roster/dates'
import type { AgendaItemView } from '../../shared/meetings/views'
import type { MatterView } from '../../shared/personnel/views'
import { writeLrmx } from '../../electron/core/personnel/lrmx'
import { approvalForm, demoCandidates, type DemoCandidate } from './cadre-forms'
import type { DemoBook, MeetingContext } from './meeting-context'
import type { StepQueue } from './step-queue'
import { today, type PlannedMeeting, type PlannedTopic } from './year-plan'

// The personnel book's year, through the same channels as the 干部任免 page and the meeting
// screen: the approval forms imported from generated .lrmx files, each candidate's matter
// opened before the 书记专题会议, consulted there and decided one by one at the 常委会, then
// 任前公示, 任职通知 and 谈话. The book's entries are sealed when the meetings are signed.

/** Cadre and matter ids by candidate name, filled while playing. */
const candidatesOf = (topic: PlannedTopic) => demoCandidates.filter((candidate) => candidate.subject === topic.personnel)

/** The organisation department's forms, picked in the file dialog and imported after the preview. */
export async function importApprovalForms(context: MeetingContext, book: DemoBook): Promise<void> {
  const { call, shell } = context.demo
  shell.offerMany(demoCandidates.map((candidate, index) => ({ fileName: `${candidate.name}.lrmx`, content: writeLrmx(approvalForm(candidate, index)) })))
  const preview = await call('personnel.previewLrmx')
  if (!preview) throw new Error('没有选中任免审批表')
  const refused = preview.files.filter((file) => !file.ok)
  if (refused.length > 0) throw new Error(`任免审批表未通过预览：${refused.map((file) => file.refusal).join('；')}`)
  const result = await call('personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' as const })) })
  for (const cadre of result.created) book.cadres.set(cadre.name, cadre.id)
}

function stagesOf(matter: MatterView) {
  const { proposedOn, recommendedOn, inspectedOn, consultedOn, noticeStart, noticeEnd, appointedOn, talkOn, confirmedOn } = matter.stages
  return { proposedOn, recommendedOn, inspectedOn, consultedOn, noticeStart, noticeEnd, appointedOn, talkOn, confirmedOn }
}

async function updateMatter(context: MeetingContext, book: DemoBook, name: string, change: (matter: MatterView) => Partial<ReturnType<typeof inputOf>>): Promise<MatterView> {
  const [matter] = await context.demo.call('personnel.listMatters', { cadreId: book.cadres.get(name)! })
  if (!matter) throw new Error(`${name}没有任免事项`)
  return context.demo.call('personnel.saveMatter', { ...inputOf(matter), ...change(matter) })
}

function inputOf(matter: MatterView) {
  return {
    id: matter.id, cadreId: matter.cadreId, topicId: matter.topicId, actionType: matter.actionType, proposedPost: matter.proposedPost, postToRemove: matter.postToRemove,
    unit: matter.unit, reasons: matter.reasons, probation: matter.probation, integrityOpinion: matter.integrityOpinion, consultationMeetingId: matter.consultationMeetingId,
    consultationItemId: matter.consultationItemId, appointmentDocNo: matter.appointmentDocNo, stages: stagesOf(matter),
  }
}

/** Before the 专题会: the matters (动议, 民主推荐, 考察 with the integrity opinion) under its topic. */
export async function openMatters(context: MeetingContext, book: DemoBook, topic: PlannedTopic, meetingDate: string): Promise<void> {
  for (const candidate of candidatesOf(topic)) {
    const matter = await context.demo.call('personnel.saveMatter', {
      cadreId: book.cadres.get(candidate.name)!,
      topicId: topic.id!,
      actionType: candidate.actionType,
      proposedPost: candidate.proposedPost,
      postToRemove: candidate.postToRemove,
      unit: '区委组织部',
      reasons: `${candidate.name}同志政治素质好，熟悉相关工作，经民主推荐和考察，拟任${candidate.proposedPost}。`,
      probation: candidate.probation ?? false,
      integrityOpinion: '经区纪委监委审核，未发现影响使用的问题。',
      consultationMeetingId: null,
      consultationItemId: null,
      appointmentDocNo: null,
      stages: { proposedOn: addDays(meetingDate, -30), recommendedOn: addDays(meetingDate, -21), inspectedOn: addDays(meetingDate, -14), consultedOn: null, noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null },
    })
    book.matters.set(candidate.name, matter.id)
  }
}

/** After the 专题会 consulted them: the matters move onto the 常委会's topic. */
export async function moveToDecision(context: MeetingContext, book: DemoBook, topic: PlannedTopic): Promise<void> {
  for (const candidate of candidatesOf(topic)) await updateMatter(context, book, candidate.name, () => ({ topicId: topic.id! }))
}

function candidateInput(context: MeetingContext, meeting: PlannedMeeting, item: AgendaItemView, candidate: DemoCandidate, matterId: string) {
  const standing = meeting.body === 'standing'
  const recused = standing && candidate.recusal ? context.roster.people.unitedFront : null
  const participants = item.speakingOrder.filter((id) => id !== recused)
  const organization = context.roster.people.organization
  return {
    meetingId: meeting.id!,
    agendaItemId: item.id,
    matterId,
    voteMethod: standing ? ('hands' as const) : ('voice' as const),
    recusals: recused ? [{ memberId: recused, reason: '与该人选系近亲属关系，按规定回避' }] : [],
    // The deferred one: most members ask for more checking; the rest agree.
    views: participants.map((memberId, index) => ({ memberId, view: candidate.deferred && standing ? (index % 3 === 2 && memberId !== organization ? ('agree' as const) : ('defer' as const)) : ('agree' as const) })),
    counts: null,
    deferred: standing && (candidate.deferred ?? false),
    reconsiderationAgreed: null,
  }
}

/** A personnel item in the room: each candidate in turn (逐一表决), then the item's outcome from the book. */
export async function holdPersonnelItem(context: MeetingContext, book: DemoBook, meeting: PlannedMeeting, topic: PlannedTopic, item: AgendaItemView): Promise<void> {
  const { call, clock } = context.demo
  for (const candidate of candidatesOf(topic)) {
    clock.advance(6)
    await call('personnel.decideCandidate', candidateInput(context, meeting, item, candidate, book.matters.get(candidate.name)!))
  }
  await call('live.setOutcome', { itemId: item.id, outcome: 'passed' })
  await call('live.saveDecision', { itemId: item.id, decisionText: '', leadLeaderId: context.roster.people.organization, responsibleUnits: '区委组织部', deadline: meeting.body === 'standing' ? addDays(meeting.date, 30) : null })
}

/** After a 常委会 decision: 任前公示 from the next day, then (when the year has got there) 任职通知 and 谈话. */
export function scheduleAppointments(queue: StepQueue, context: MeetingContext, book: DemoBook, topic: PlannedTopic, decidedOn: string): void {
  const decided = candidatesOf(topic).filter((candidate) => !candidate.deferred)
  const noticeStart = addDays(decidedOn, 1)
  queue.add(noticeStart, '09:00', async () => {
    for (const candidate of decided) {
      await updateMatter(context, book, candidate.name, (current) => ({ stages: { ...stagesOf(current), noticeStart: current.needsNotice ? noticeStart : null } }))
    }
  })
  const issuedOn = addDays(decidedOn, 20)
  if (issuedOn > today) return
  queue.add(issuedOn, '10:00', async () => {
    for (const candidate of decided) {
      // The recommended candidate goes on to the 人大: the notice ends, no appointment notice from the 区委.
      if (candidate.actionType === 'recommend') {
        await updateMatter(context, book, candidate.name, (current) => ({ stages: { ...stagesOf(current), noticeEnd: current.earliestNoticeEnd } }))
        continue
      }
      book.documents += 1
      const documentNo = `示委干〔2026〕${book.documents}号`
      await updateMatter(context, book, candidate.name, (current) => {
        const noticeEnd = current.needsNotice ? current.earliestNoticeEnd : null
        const appointedOn = addDays(noticeEnd ?? decidedOn, 2)
        return { appointmentDocNo: documentNo, stages: { ...stagesOf(current), noticeEnd, appointedOn, talkOn: addDays(appointedOn, 1) } }
      })
    }
  })
}
