import { addDays } from '../../shared/roster/dates'
import { applyMidYearChange, type DemoRoster } from './build-roster'
import type { DemoCore } from './demo-core'
import type { DemoRandom } from './random'
import { newDemoBook, type MeetingContext } from './meeting-context'
import { addMaterial, addToAgenda, amendMeeting, createMeeting, holdMeeting, notifyMeeting, proposeTopic, signMeeting } from './run-meeting'
import { importApprovalForms, scheduleAppointments } from './personnel-year'
import { scheduleMinutes } from './minutes'
import { StepQueue } from './step-queue'
import { planYear, today, type BodyKey, type PlannedMeeting } from './year-plan'

/** Plans 2026 and plays it through the channels in time order. */
export async function playYear(demo: DemoCore, roster: DemoRoster, random: DemoRandom): Promise<PlannedMeeting[]> {
  const bodyList = await demo.call('bodies.list')
  const bodyId = (kind: string) => bodyList.find((body) => body.kind === kind)!.id
  const bodies: Record<BodyKey, string> = { standing: bodyId('standing'), secretary: bodyId('secretary') }
  const context: MeetingContext = { demo, roster, random, bodies, book: newDemoBook() }
  const meetings = planYear(random)
  const queue = new StepQueue()
  // The organisation department's approval forms for the year's candidates, imported first.
  queue.add('2026-01-05', '09:00', () => importApprovalForms(context, context.book))

  for (const meeting of meetings) {
    const { date } = meeting
    const lead = meeting.body === 'secretary' ? 3 : 8
    queue.add(addDays(date, -lead), '09:30', async () => {
      // A topic carried over (deferred earlier) already exists and stays approved.
      for (const topic of meeting.topics) if (!topic.id) await proposeTopic(context, topic, addDays(date, -lead))
    })
    queue.add(addDays(date, -lead), '10:00', () => createMeeting(context, meeting))
    for (const topic of meeting.topics) if (topic.materialOn) queue.add(topic.materialOn, '16:30', () => addMaterial(context, topic))
    const notifyOn = addDays(date, -2) > today ? today : addDays(date, -2)
    queue.add(notifyOn, meeting.body === 'secretary' ? '08:40' : '16:00', () => notifyMeeting(context, meeting))
    // Personnel topics join the agenda once the 专题会 has consulted them (17:30 that day).
    for (const topic of meeting.consulted) {
      const consultedOn = meetings.find((other) => other.body === 'secretary' && other.topics.includes(topic.consultation!))!.date
      queue.add(consultedOn, '17:30', async () => {
        await proposeTopic(context, topic, consultedOn)
        await addToAgenda(context, meeting, topic)
      })
    }
    if (meeting.finalStatus === 'notified') continue
    queue.add(date, meeting.startTime, () => holdMeeting(context, meeting))
    for (const topic of meeting.consulted) scheduleAppointments(queue, context, context.book, topic, date)
    if (meeting.finalStatus === 'signed') queue.add(addDays(date, 1), '10:00', () => signMeeting(context, meeting))
    const amendment = meeting.amendment
    if (amendment) queue.add(amendment.date, '15:00', () => amendMeeting(context, meeting, amendment.reason))
  }
  scheduleMinutes(queue, context, meetings)
  // The change of 1 July is entered when it is decided, after the 18 June meeting.
  queue.add('2026-06-19', '14:00', () => applyMidYearChange(demo, roster))
  await queue.play(demo.clock)
  return meetings
}
