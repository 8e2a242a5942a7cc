import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { topics } from '../../../electron/core/db/schema/main'
import type { AppErrorShape, ErrorCode } from '../../../shared/errors'
import type { Channel } from '../../../shared/ipc/contract'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { TopicCategory } from '../../../shared/meetings/vocabulary'
import { adminPassword, createdVault, type TestCore } from '../../support/vault'

// A real vault with an 11-member standing committee (ranks 1–11, the secretary first) and
// helpers to hold meetings on it, for the live-meeting and sealing tests.

export const meetingDay = '2026-03-10'
export const standingBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000001'
export const secretaryBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000003'

const committee = [
  ['林书记', '区委书记'],
  ['陈区长', '区委副书记、区长'],
  ['王副书记', '区委副书记'],
  ['赵部长', '区委常委、组织部部长'],
  ['钱书记', '区委常委、纪委书记'],
  ['孙部长', '区委常委、宣传部部长'],
  ['李书记', '区委常委、政法委书记'],
  ['周部长', '区委常委、统战部部长'],
  ['吴区长', '区委常委、常务副区长'],
  ['郑主任', '区委常委、区委办公室主任'],
  ['冯部长', '区委常委、人武部部长'],
] as const

export interface LiveVault {
  core: TestCore
  /** Member ids by rank: people[0] is the secretary (rank 1). */
  people: string[]
}

export async function liveVault(): Promise<LiveVault> {
  const core = await createdVault({ now: () => new Date(`${meetingDay}T02:00:00.000Z`) })
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  const people: string[] = []
  for (const [index, [name, post]] of committee.entries()) {
    const person = await core.call('roster.savePerson', { name, sex: null, unit: null, note: null })
    await core.call('roster.addMembership', { personId: person.id, post, rank: index + 1, startDate: '2026-01-01' })
    people.push(person.id)
  }
  return { core, people }
}

/** A proposed topic, written straight into the store (approval and consultation as given). */
export function insertTopic(core: TestCore, input: { title: string; category?: TopicCategory; bodyId?: string; approved?: boolean; consultationItemId?: string | null }): string {
  const id = randomUUID()
  const at = new Date(`${meetingDay}T01:00:00.000Z`).toISOString()
  core.context.session!.db.insert(topics)
    .values({
      id,
      bodyId: input.bodyId ?? standingBodyId,
      title: input.title,
      category: input.category ?? 'general',
      proposingUnit: '区发展改革委',
      presenter: '李明（区发展改革委主任）',
      consultationItemId: input.consultationItemId ?? null,
      approvedAt: input.approved === false ? null : at,
      approvedByName: input.approved === false ? null : '林书记',
      createdAt: at,
      updatedAt: at,
    })
    .run()
  return id
}

export function approveTopic(core: TestCore, topicId: string): void {
  core.context.session!.db.update(topics).set({ approvedAt: new Date().toISOString(), approvedByName: '林书记' }).where(eq(topics.id, topicId)).run()
}

/** A meeting of the body on the meeting day with the topics on its agenda, started (进行中). */
export async function startedMeeting(lv: LiveVault, topicIds: string[], bodyId = standingBodyId): Promise<MeetingDetail> {
  const created = await lv.core.call('meetings.create', { bodyId, date: meetingDay, startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
  for (const topicId of topicIds) await lv.core.call('agenda.add', { meetingId: created.id, topicId })
  await lv.core.call('meetings.advance', { id: created.id, to: 'notified' })
  return lv.core.call('meetings.advance', { id: created.id, to: 'in_progress' })
}

/** Marks the first `present` members (by rank) present and the rest on sick leave. */
export async function attendance(lv: LiveVault, meetingId: string, present: number): Promise<MeetingDetail> {
  let detail: MeetingDetail | undefined
  for (const [index, personId] of lv.people.entries()) {
    detail = await lv.core.call('live.setAttendance', {
      meetingId,
      personId,
      attendance: index < present ? 'present' : 'leave',
      leaveReason: index < present ? null : 'sick',
      leaveNote: null,
    })
  }
  return detail!
}

/** What must not change when a write is refused: the meeting as loaded, and the audit log's length. */
export async function snapshot(core: TestCore, meetingId: string): Promise<{ detail: MeetingDetail; auditEntries: number }> {
  return { detail: await core.call('meetings.get', { id: meetingId }), auditEntries: (await core.call('audit.verify')).checked }
}

/** Calls a channel expecting a refusal; returns the error after checking its code. */
export async function refused(core: TestCore, channel: Channel, input: unknown, code: ErrorCode): Promise<AppErrorShape> {
  const result = await core.raw(channel, input as never)
  if (result.ok) throw new Error(`${channel} was expected to be refused with ${code}, but it succeeded`)
  if (result.error.code !== code) throw new Error(`${channel} was refused with ${result.error.code} (${result.error.message}), expected ${code}`)
  return result.error
}
