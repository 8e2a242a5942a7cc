import { expect } from 'vitest'
import type { ErrorCode } from '../../../shared/errors'
import type { Channel, ChannelInput } from '../../../shared/ipc/contract'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { TopicCategory } from '../../../shared/meetings/vocabulary'
import { meetingInput, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'
import type { TestCore } from '../../support/vault'

// 督办 on real vaults: meetings held through the app's channels on the day the clock shows,
// their decisions recorded, so every task comes from a decision as it would in the office.

export interface DecisionSpec {
  title: string
  category?: TopicCategory
  leader?: string
  units?: string
  deadline?: string | null
  text?: string
}

/** Moves the clock to 9:00 in Beijing on `day`. */
export function setDay(vault: MeetingsVault, day: string): void {
  vault.clock.set(`${day}T01:00:00.000Z`)
}

/** A standing-committee meeting on `day` (the clock moved there), started, everyone present. */
export async function runningMeeting(vault: MeetingsVault, day: string, specs: DecisionSpec[]): Promise<MeetingDetail> {
  setDay(vault, day)
  const topicIds: string[] = []
  for (const spec of specs) {
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', spec.title, { category: spec.category ?? 'general', leaderSignedOffOn: day }))
    await vault.core.call('topics.approve', { id: topic.id })
    topicIds.push(topic.id)
  }
  const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', day))
  for (const topicId of topicIds) await vault.core.call('agenda.add', { meetingId: meeting.id, topicId })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
  const started = await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const entry of vault.roster.values()) {
    await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: entry.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  }
  return started
}

/** Records the decision of item `itemId` as typed in the live screen, then its outcome. */
export async function decide(vault: MeetingsVault, itemId: string, spec: DecisionSpec, outcome: 'passed' | 'rejected' | 'deferred' = 'passed'): Promise<MeetingDetail> {
  await vault.core.call('live.saveDecision', {
    itemId,
    decisionText: spec.text ?? `会议同意《${spec.title}》，请抓紧组织实施。`,
    leadLeaderId: spec.leader ? member(vault.roster, spec.leader).personId : null,
    responsibleUnits: spec.units ?? '区住建局',
    deadline: spec.deadline === undefined ? '2026-06-30' : spec.deadline,
  })
  return vault.core.call('live.setOutcome', { itemId, outcome })
}

/** A meeting on `day` whose topics all passed; returns it with the tasks' ids in agenda order. */
export async function decidedMeeting(vault: MeetingsVault, day: string, specs: DecisionSpec[]): Promise<{ meeting: MeetingDetail; taskIds: string[] }> {
  const meeting = await runningMeeting(vault, day, specs)
  for (const [index, item] of meeting.items.entries()) await decide(vault, item.id, specs[index]!)
  const tasks = await vault.core.call('followUp.list', { meetingId: meeting.id })
  const taskIds = meeting.items.map((item) => tasks.find((task) => task.agendaItemId === item.id)?.id ?? '')
  return { meeting, taskIds }
}

/** Everything a refused 督办 call must leave as it was: the audit head and every task in full. */
async function followUpState(core: TestCore) {
  const tasks = await core.call('followUp.list', {})
  return {
    lastAudit: (await core.call('audit.list', { limit: 1 }))[0]?.id ?? null,
    tasks: await Promise.all(tasks.map((task) => core.call('followUp.get', { id: task.id }))),
  }
}

/** Calls a channel that must be refused with `code`; checks nothing changed and returns the message. */
export async function refusedFollowUp<C extends Channel>(core: TestCore, channel: C, input: ChannelInput<C>, code: ErrorCode): Promise<string> {
  const before = await followUpState(core)
  const result = await core.raw(channel, input)
  if (result.ok) throw new Error(`${channel} was expected to be refused with ${code}`)
  expect(result.error.code).toBe(code)
  expect(await followUpState(core)).toEqual(before)
  return result.error.message
}
