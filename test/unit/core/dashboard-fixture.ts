import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { followUpTasks } from '../../../electron/core/db/schema/main'
import type { TaskState } from '../../../shared/follow-up/task-status'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { BodyKind, TopicCategory } from '../../../shared/meetings/vocabulary'
import { meetingInput, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { enterRoster, member } from '../../support/roster-fixture'

// A year of a committee for the dashboard: two held 常委会 meetings with leave, a deferral
// carried over, decisions with deadlines (one past, one due next week over 端午, one done),
// a meeting of 2025, two meetings to come (materials missing / late) and a topic never approved.
// Today is Monday 2026-06-15. Everything goes through the channels but a task's state, which
// the 督办 channels own; it is set in the table as a unit's reports would leave it.

export const dashboardToday = '2026-06-15T02:00:00.000Z'

export const titles = {
  plan: '关于2026年区级重大民生实事项目的议题',
  routine: '关于区机关作风建设年活动方案的议题',
  fund: '关于安排城区排水管网改造专项资金的议题',
  project: '关于滨江新区综合开发项目的议题',
  lastYear: '关于2025年冬季保供工作的议题',
  consult: '关于重点领域风险排查的议题',
  late: '关于文明城市创建工作的议题',
  unapproved: '关于区属国有企业薪酬改革的议题',
} as const

async function proposed(vault: MeetingsVault, kind: BodyKind, title: string, category: TopicCategory, approve = true): Promise<string> {
  const topic = await vault.core.call('topics.save', topicInput(vault, kind, title, { category }))
  if (approve) await vault.core.call('topics.approve', { id: topic.id })
  return topic.id
}

async function heldMeeting(vault: MeetingsVault, date: string, topicIds: string[], onLeave: string[]): Promise<MeetingDetail> {
  vault.clock.set(`${date}T01:00:00.000Z`)
  let meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', date))
  for (const topicId of topicIds) meeting = await vault.core.call('agenda.add', { meetingId: meeting.id, topicId })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const row of meeting.members) {
    const leave = onLeave.includes(row.name)
    meeting = await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: row.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'business' : null, leaveNote: null })
  }
  return meeting
}

async function decide(vault: MeetingsVault, itemId: string, outcome: 'passed' | 'deferred', deadline: string | null = null): Promise<void> {
  if (outcome === 'passed') {
    const leader = member(vault.roster, '李建国').personId
    await vault.core.call('live.saveDecision', { itemId, decisionText: '会议原则同意，请抓好落实。', leadLeaderId: leader, responsibleUnits: '区发展改革委', deadline })
  }
  await vault.core.call('live.setOutcome', { itemId, outcome })
}

function setTaskState(vault: MeetingsVault, itemId: string, state: TaskState): void {
  const db = vault.core.context.session!.db
  const task = db.select().from(followUpTasks).where(eq(followUpTasks.agendaItemId, itemId)).get()
  if (!task) throw new Error(`the passed decision ${itemId} has no follow-up task`)
  db.update(followUpTasks).set({ state, completedAt: state === 'completed' ? new Date(dashboardToday).toISOString() : null }).where(eq(followUpTasks.id, task.id)).run()
}

export interface DashboardYear {
  itemIds: Record<'plan' | 'routine' | 'fund' | 'project', string>
  upcoming: { consult: string; standing: string }
  topicIds: Record<keyof typeof titles, string>
}

/** Fills an opened vault (`open({ start: dashboardToday, roster: false })`) with the year. */
export async function enterDashboardYear(vault: MeetingsVault, folder: string): Promise<DashboardYear> {
  vault.roster = await enterRoster(vault.core, '2025-01-01')
  const ids = {} as Record<keyof typeof titles, string>
  ids.lastYear = await proposed(vault, 'standing', titles.lastYear, 'general')
  const last = await heldMeeting(vault, '2025-12-18', [ids.lastYear], [])
  await decide(vault, last.items[0]!.id, 'passed')
  await vault.core.call('meetings.advance', { id: last.id, to: 'ended' })

  vault.clock.set('2026-03-01T01:00:00.000Z')
  ids.plan = await proposed(vault, 'standing', titles.plan, 'major_decision')
  ids.routine = await proposed(vault, 'standing', titles.routine, 'general')
  ids.fund = await proposed(vault, 'standing', titles.fund, 'large_fund')
  ids.project = await proposed(vault, 'standing', titles.project, 'major_project')
  const march = await heldMeeting(vault, '2026-03-10', [ids.plan, ids.routine, ids.fund], ['钱学文'])
  const [plan, routine, fund] = march.items.map((item) => item.id) as [string, string, string]
  await decide(vault, plan, 'passed', '2026-06-10')
  // 2026-06-19 is 端午: the deadline moves to Monday the 22nd.
  await decide(vault, routine, 'passed', '2026-06-19')
  await decide(vault, fund, 'deferred')
  await vault.core.call('meetings.advance', { id: march.id, to: 'ended' })

  const april = await heldMeeting(vault, '2026-04-14', [ids.fund, ids.project], ['钱学文', '孙丽华'])
  const [fundAgain, project] = april.items.map((item) => item.id) as [string, string]
  await decide(vault, fundAgain, 'passed', '2026-12-31')
  await decide(vault, project, 'passed', '2026-05-29')
  setTaskState(vault, project, 'completed')
  await vault.core.call('meetings.advance', { id: april.id, to: 'ended' })

  // Today: two meetings to come, and a topic proposed but not approved.
  vault.clock.set(dashboardToday)
  ids.consult = await proposed(vault, 'secretary', titles.consult, 'general')
  ids.late = await proposed(vault, 'standing', titles.late, 'general')
  ids.unapproved = await proposed(vault, 'standing', titles.unapproved, 'major_decision', false)
  const consult = await vault.core.call('meetings.create', { ...meetingInput(vault, 'secretary', '2026-06-25'), startTime: '15:00', place: '区委小会议室' })
  await vault.core.call('agenda.add', { meetingId: consult.id, topicId: ids.consult })
  const standing = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-06-16'))
  await vault.core.call('agenda.add', { meetingId: standing.id, topicId: ids.late })
  await vault.core.call('meetings.advance', { id: standing.id, to: 'notified' })
  // Received today, after the deadline of Friday the 12th (会前 2 个工作日).
  const file = join(folder, '文明城市创建汇报.docx')
  writeFileSync(file, Buffer.from('PK\u0003\u0004 汇报材料', 'utf8'))
  vault.core.dialogs.openFiles.push([file])
  await vault.core.call('topics.addMaterials', { topicId: ids.late })

  return { itemIds: { plan, routine, fund: fundAgain, project }, upcoming: { consult: consult.id, standing: standing.id }, topicIds: ids }
}

