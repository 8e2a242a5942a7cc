import type { Page } from '@playwright/test'
import type { YishiCore } from '../../electron/core'
import { localDay } from '../../shared/calendar/local-day'
import { addCalendarDays } from '../../shared/calendar/working-days'
import type { FollowUpRow } from '../../shared/follow-up/views'
import type { MeetingDetail, TopicSummary } from '../../shared/meetings/views'
import type { TopicCategory } from '../../shared/meetings/vocabulary'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { liveTopics, seedLiveMeeting } from './support/live-seed'
import { dispatch } from './support/dispatch'

// 首页 on a vault with a year under way: a meeting held today with one member on leave, its two
// decisions followed up (one past its deadline, one due in two days), a second meeting whose
// task is reported done, a meeting still to come without materials, and a topic never approved.

const onLeave = '郑永刚'
const titles = { routine: '关于机关作风建设年活动的议题', upcoming: '关于文明城市创建工作的议题', unapproved: '关于区属国有企业薪酬改革的议题' }

async function proposed(core: YishiCore, bodyId: string, title: string, category: TopicCategory, approve: boolean): Promise<TopicSummary> {
  const topic = await dispatch<TopicSummary>(core, 'topics.save', { bodyId, title, category, proposingUnit: '区委办公室', presenter: '区委办公室主任 黄丽', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
  if (approve) await dispatch(core, 'topics.approve', { id: topic.id })
  return topic
}

async function pass(core: YishiCore, itemId: string, leadLeaderId: string, deadline: string): Promise<void> {
  await dispatch(core, 'live.saveDecision', { itemId, decisionText: '会议原则同意，请抓好落实。', leadLeaderId, responsibleUnits: '区发展改革局', deadline })
  await dispatch(core, 'live.setOutcome', { itemId, outcome: 'passed' })
}

async function seedYear(core: YishiCore) {
  const today = localDay(core.context.now())
  const { meeting, members } = await seedLiveMeeting(core)
  for (const member of meeting.members) {
    const leave = member.name === onLeave
    await dispatch(core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'business' : null, leaveNote: null })
  }
  const [overdueItem, dueSoonItem] = meeting.items.map((item) => item.id) as [string, string]
  await pass(core, overdueItem, members[1]!.personId, addCalendarDays(today, -10))
  await pass(core, dueSoonItem, members[8]!.personId, addCalendarDays(today, 2))

  // A second meeting today, everyone present; its task is reported done.
  const bodyId = meeting.body.id
  const routine = await proposed(core, bodyId, titles.routine, 'general', true)
  let second = await dispatch<MeetingDetail>(core, 'meetings.create', { bodyId, date: today, startTime: '15:00', place: '区委常委会议室', chairId: members[0]!.personId, recorderName: '王秘书' })
  second = await dispatch<MeetingDetail>(core, 'agenda.add', { meetingId: second.id, topicId: routine.id })
  await dispatch(core, 'meetings.advance', { id: second.id, to: 'notified' })
  await dispatch(core, 'meetings.advance', { id: second.id, to: 'in_progress' })
  for (const member of second.members) await dispatch(core, 'live.setAttendance', { meetingId: second.id, personId: member.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  await pass(core, second.items[0]!.id, members[2]!.personId, addCalendarDays(today, 30))
  await dispatch(core, 'meetings.advance', { id: second.id, to: 'ended' })
  const tasks = await dispatch<FollowUpRow[]>(core, 'followUp.list', {})
  const done = tasks.find((task) => task.topicTitle === titles.routine)
  if (!done) throw new Error('the passed decision has no follow-up task')
  await dispatch(core, 'followUp.complete', { id: done.id, date: today, text: '活动方案已印发，各单位已部署落实。' })

  // Still to come: a meeting whose topic has no materials yet, and a topic never approved.
  const upcomingTopic = await proposed(core, bodyId, titles.upcoming, 'general', true)
  const upcoming = await dispatch<MeetingDetail>(core, 'meetings.create', { bodyId, date: today, startTime: '17:00', place: '区委第二会议室', chairId: members[0]!.personId, recorderName: '王秘书' })
  await dispatch(core, 'agenda.add', { meetingId: upcoming.id, topicId: upcomingTopic.id })
  await proposed(core, bodyId, titles.unapproved, 'major_decision', false)
  return { today, meeting, upcoming }
}

const region = (page: Page, name: string) => page.getByRole('region', { name })

/** The table behind a chart: its rows as text, cell by cell. */
async function tableOf(page: Page, chart: string): Promise<string[][]> {
  const card = region(page, chart)
  await card.getByRole('tab', { name: '数据表' }).click()
  const rows = await card.getByRole('table').getByRole('row').all()
  return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((text) => text.trim())))
}

async function shotWhole(app: AppHarness, name: string): Promise<void> {
  await app.page.setViewportSize({ width: 1280, height: 2000 })
  await app.shot(name)
  await app.page.setViewportSize({ width: 1280, height: 800 })
}

test('首页: meetings to come, topics waiting, overdue and due tasks, and the year in figures with their tables', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)
  const { today, meeting, upcoming } = await seedYear(app.core)
  // The seed went through the core behind the page's back: open 首页 again to read it.
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  await expect(mainNav(page).getByRole('button', { name: '首页' })).toHaveAttribute('aria-current', 'page')

  const meetings = region(page, '近期会议')
  await expect(meetings.getByRole('button', { name: meeting.label })).toBeVisible()
  await expect(meetings.getByRole('button', { name: upcoming.label })).toBeVisible()
  await expect(meetings).toContainText('进行中')
  await expect(meetings).toContainText('筹备')

  const topics = region(page, '待审定、待交材料的议题')
  await expect(topics).toContainText('待书记审定（1 项）')
  await expect(topics.getByRole('button', { name: titles.unapproved })).toBeVisible()
  await expect(topics).toContainText('待交材料或材料逾期（1 项）')
  await expect(topics.getByRole('button', { name: titles.upcoming })).toBeVisible()
  await expect(topics).toContainText('材料未提交，已过截止日')

  const tasks = region(page, '督办事项')
  await expect(tasks).toContainText('逾期（1 项）')
  await expect(tasks).toContainText('7日内到期（1 项）')
  await expect(tasks.getByRole('button', { name: liveTopics[0].title })).toBeVisible()
  await expect(tasks.getByRole('button', { name: liveTopics[1].title })).toBeVisible()
  await expect(tasks).toContainText('牵头领导：李明远')
  await expect(region(page, '干部任免提醒')).toContainText('暂无需要提醒的事项')

  const tiles = page.getByRole('list', { name: '今日概况' })
  await expect(tiles).toContainText('督办逾期1项')
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(today.slice(0, 4))
  await expect(region(page, '成员出席率').getByRole('img', { name: /成员出席率条形图/u })).toBeVisible()
  await expect(region(page, '督办落实情况')).toContainText('办结率 33.3%')
  await app.page.waitForTimeout(300)
  await shotWhole(app, 'home-01-dashboard')
  await app.shot('home-02-dashboard-1280x800')

  // The same figures as tables.
  expect(await tableOf(page, '会议召开情况')).toContainEqual(['常委会会议', '2', '1', '3'])
  const attendance = await tableOf(page, '成员出席率')
  expect(attendance[0]).toEqual(['成员', '应到（次）', '出席', '请假', '未出席（含请假）', '出席率'])
  expect(attendance).toContainEqual([onLeave, '2', '1', '1', '1', '50%'])
  expect(attendance).toContainEqual(['张国华', '2', '2', '0', '0', '100%'])
  expect(attendance).toHaveLength(12)
  const categories = await tableOf(page, '上会议题类别')
  expect(categories).toEqual([
    ['议题类别', '三重一大', '上会议题', '其中通过'],
    ['一般事项', '否', '1', '1'],
    ['重大决策', '是', '1', '1'],
    ['重要干部任免', '是', '0', '0'],
    ['重大项目安排', '是', '1', '1'],
    ['大额度资金使用', '是', '0', '0'],
    ['三重一大合计', '', '2', '2'],
    ['全部议题', '', '3', '3'],
  ])
  const taskTable = await tableOf(page, '督办落实情况')
  expect(taskTable).toEqual([
    ['状态', '事项数', '占比'],
    ['未启动', '1', '33.3%'],
    ['推进中', '0', '0%'],
    ['已办结', '1', '33.3%'],
    ['已销号', '0', '0%'],
    ['逾期', '1', '33.3%'],
    ['合计', '3', '100%'],
    ['办结率（已办结＋已销号）', '1', '33.3%'],
    ['逾期率', '1', '33.3%'],
  ])
  await shotWhole(app, 'home-03-tables')

  // Each entry opens its place: the topic, the meeting, the task on 督办.
  await topics.getByRole('button', { name: titles.unapproved }).click()
  await expect(mainNav(page).getByRole('button', { name: '会议' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('dialog')).toContainText(titles.unapproved)
  await page.keyboard.press('Escape')
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  await region(page, '近期会议').getByRole('button', { name: upcoming.label }).click()
  await expect(page.getByRole('heading', { name: upcoming.label, level: 1 })).toBeVisible()
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  await region(page, '督办事项').getByRole('button', { name: liveTopics[0].title }).click()
  await expect(mainNav(page).getByRole('button', { name: '督办' })).toHaveAttribute('aria-current', 'page')
})

test('首页 of a new vault: nothing waiting, and a year without meetings says so', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible()
  await expect(region(page, '近期会议')).toContainText('没有待召开的会议。')
  await expect(region(page, '督办事项')).toContainText('没有逾期的督办事项。')
  await expect(page.getByText(/年没有会议记录。/u)).toBeVisible()
  await app.shot('home-04-new-vault')
})
