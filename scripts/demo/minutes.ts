import { addDays } from '../../shared/roster/dates'
import type { DemoCore } from './demo-core'
import { writeDemoDocument } from './documents'
import type { MeetingContext } from './meeting-context'
import type { StepQueue } from './step-queue'
import { today, type PlannedMeeting } from './year-plan'

// The 会议纪要 of the year: drafted the day after a meeting is signed, reviewed and issued
// the day after that. The latest signed 常委会's 纪要 waits 已审核 for 签发; the meeting
// still awaiting 签发 has its 纪要 drafted only.

type Stage = 'draft' | 'reviewed' | 'issued'

/** Not after the demo's today: the clock only moves forward, and today ends at 17:00. */
const onOrBeforeToday = (date: string, time: string): [string, string] => (date > today ? [today, time] : [date, time])

export function scheduleMinutes(queue: StepQueue, context: MeetingContext, meetings: readonly PlannedMeeting[]): void {
  const held = meetings.filter((meeting) => meeting.finalStatus === 'signed' || meeting.finalStatus === 'ended')
  const lastSigned = held.filter((meeting) => meeting.body === 'standing' && meeting.finalStatus === 'signed').at(-1)
  for (const meeting of held) {
    const stage: Stage = meeting.finalStatus === 'ended' ? 'draft' : meeting === lastSigned ? 'reviewed' : 'issued'
    const meetingId = () => ({ meetingId: meeting.id! })
    queue.add(...onOrBeforeToday(addDays(meeting.date, 1), '11:00'), async () => {
      await context.demo.call('minutes.draft', meetingId())
    })
    if (stage === 'draft') continue
    queue.add(...onOrBeforeToday(addDays(meeting.date, 2), '09:30'), async () => {
      await context.demo.call('minutes.review', meetingId())
    })
    if (stage === 'reviewed') continue
    queue.add(...onOrBeforeToday(addDays(meeting.date, 2), '16:00'), async () => {
      await context.demo.call('minutes.issue', meetingId())
    })
  }
}

/** The latest issued 常委会 纪要 as .docx in <out>/documents/, as the secretary would export it. */
export async function writeMinutesDocument(demo: DemoCore, outDir: string): Promise<void> {
  const signed = (await demo.call('meetings.list', { status: 'signed' })).filter((meeting) => meeting.bodyKind === 'standing').sort((a, b) => b.date.localeCompare(a.date))
  for (const meeting of signed) {
    const state = await demo.call('minutes.get', { meetingId: meeting.id })
    if (state.minutes?.status !== 'issued') continue
    await writeDemoDocument(outDir, `${state.meetingLabel}纪要.docx`, await demo.call('minutes.preview', { meetingId: meeting.id }))
    return
  }
  throw new Error('演示数据中没有已签发的常委会会议纪要')
}
