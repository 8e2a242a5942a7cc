import { describe, expect, it } from 'vitest'
import { meetingsVaults } from '../../support/meetings-fixture'
import { adminPassword } from '../../support/vault'
import { dashboardToday, enterDashboardYear, titles } from './dashboard-fixture'

// The home page's figures on a real vault, exact: what waits today, and the year's statistics.

const vaults = meetingsVaults()

async function openYear() {
  const vault = await vaults.open({ start: dashboardToday, roster: false })
  const year = await enterDashboardYear(vault, vaults.folder())
  return { vault, year }
}

describe('dashboard.overview', () => {
  it('lists the meetings to come, the topics waiting, and the tasks overdue or due within 7 days', async () => {
    const { vault, year } = await openYear()
    const overview = await vault.core.call('dashboard.overview')
    expect(overview.today).toBe('2026-06-15')

    expect(overview.upcomingMeetings).toEqual([
      { id: year.upcoming.standing, label: '2026年第3次常委会会议', bodyName: '常委会会议', bodyKind: 'standing', date: '2026-06-16', startTime: '09:00', place: '区委常委会议室', status: 'notified', topicCount: 1 },
      { id: year.upcoming.consult, label: '2026年第1次书记专题会议', bodyName: '书记专题会议', bodyKind: 'secretary', date: '2026-06-25', startTime: '15:00', place: '区委小会议室', status: 'preparing', topicCount: 1 },
    ])

    expect(overview.awaitingApproval).toEqual({
      total: 1,
      items: [{ topicId: year.topicIds.unapproved, title: titles.unapproved, category: 'major_decision', bodyName: '常委会会议', proposingUnit: '区发展改革委', proposedOn: '2026-06-15', meeting: null }],
    })

    expect(overview.awaitingMaterials.map((topic) => [topic.title, topic.meeting.label, topic.deadline])).toEqual([
      [titles.late, '2026年第3次常委会会议', { due: '2026-06-12', workingDays: 2, state: 'late', uncoveredYears: [] }],
      [titles.consult, '2026年第1次书记专题会议', { due: '2026-06-23', workingDays: 2, state: 'missing', uncoveredYears: [] }],
    ])

    expect(overview.overdueTasks.total).toBe(1)
    expect(overview.overdueTasks.items).toEqual([
      {
        taskId: expect.any(String),
        topicId: year.topicIds.plan,
        topicTitle: titles.plan,
        meeting: { id: expect.any(String), label: '2026年第1次常委会会议', date: '2026-03-10' },
        leadLeaderName: '李建国',
        responsibleUnits: '区发展改革委',
        deadline: '2026-06-10',
        dueOn: '2026-06-10',
        uncoveredYears: [],
        status: 'overdue',
      },
    ])
    // Due on 端午 (Friday 19 June), so by the next working day, Monday the 22nd: still within 7 days.
    expect(overview.dueSoonTasks.total).toBe(1)
    expect(overview.dueSoonTasks.items[0]).toMatchObject({ topicTitle: titles.routine, deadline: '2026-06-19', dueOn: '2026-06-22', status: 'not_started' })
    // The register's reminders are not part of it: the overview never opens the personnel book.
    expect(Object.keys(overview).sort()).toEqual(['awaitingApproval', 'awaitingMaterials', 'dueSoonTasks', 'overdueMeetings', 'overdueTasks', 'today', 'upcomingMeetings'])
    expect((await vault.core.call('audit.list', { limit: 200 })).filter((entry) => entry.action === 'personnel.open')).toEqual([])
  })

  it('lists a meeting still 已通知 after its date as 逾期未召开, not among the meetings to come', async () => {
    const { vault, year } = await openYear()
    vault.clock.set('2026-06-24T02:00:00.000Z')
    const overview = await vault.core.call('dashboard.overview')
    expect(overview.overdueMeetings.map((meeting) => [meeting.id, meeting.date, meeting.status])).toEqual([[year.upcoming.standing, '2026-06-16', 'notified']])
    expect(overview.upcomingMeetings.map((meeting) => meeting.id)).toEqual([year.upcoming.consult])
  })

  it('on the 22nd the task due on 端午 is still due (moved to that Monday); from the 23rd it is overdue too', async () => {
    const { vault } = await openYear()
    vault.clock.set('2026-06-22T15:00:00.000Z')
    const tuesday = await vault.core.call('dashboard.overview')
    expect(tuesday.today).toBe('2026-06-22')
    expect(tuesday.overdueTasks.items.map((task) => task.topicTitle)).toEqual([titles.plan])
    vault.clock.set('2026-06-22T16:00:00.000Z')
    const wednesday = await vault.core.call('dashboard.overview')
    expect(wednesday.today).toBe('2026-06-23')
    expect(wednesday.overdueTasks).toMatchObject({ total: 2, items: [{ topicTitle: titles.plan }, { topicTitle: titles.routine, status: 'overdue' }] })
    expect(wednesday.dueSoonTasks.total).toBe(0)
  })

  it('gives a user without the 干部任免 grant the same overview and no personnel reminders, without opening the book', async () => {
    const { vault } = await openYear()
    const asAdmin = await vault.core.call('dashboard.overview')
    await vault.core.call('users.create', { username: 'chayue', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chayue#Start2026' })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'chayue', password: 'Chayue#Start2026' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Chayue#Start2026', newPassword: 'Chayue#Mine2026x' })
    expect(vault.core.context.session!.vault.personnel).toBeNull()
    expect(await vault.core.call('dashboard.overview')).toEqual(asAdmin)
    // The page asks for reminders only with the grant; the core refuses anyone else as well.
    expect(await vault.core.raw('personnel.reminders')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await vault.core.call('audit.list', { limit: 200 })).filter((entry) => entry.action === 'personnel.open')).toEqual([])
  })
})

describe('dashboard.yearStatistics', () => {
  it('counts the year exactly: meetings per body, attendance per member, topics per category, task rates', async () => {
    const { vault } = await openYear()
    const stats = await vault.core.call('dashboard.yearStatistics', { year: 2026 })
    expect(stats.year).toBe(2026)
    expect(stats.years).toEqual([2026, 2025])

    const byBody = Object.fromEntries(stats.meetingsByBody.map((row) => [row.bodyName, [row.held, row.planned]]))
    expect(byBody['常委会会议']).toEqual([2, 1])
    expect(byBody['书记专题会议']).toEqual([0, 1])

    expect(stats.attendance).toHaveLength(11)
    expect(stats.attendance[0]).toMatchObject({ name: '赵立新', shouldAttend: 2, present: 2, leave: 0, absent: 0, rate: 100 })
    expect(stats.attendance[1]).toMatchObject({ name: '钱学文', shouldAttend: 2, present: 0, leave: 2, absent: 2, rate: 0 })
    expect(stats.attendance[2]).toMatchObject({ name: '孙丽华', shouldAttend: 2, present: 1, leave: 1, absent: 1, rate: 50 })
    expect(stats.attendance.slice(3).every((row) => row.present === 2 && row.rate === 100)).toBe(true)

    expect(stats.categories.map((row) => [row.label, row.major, row.topics, row.passed])).toEqual([
      ['一般事项', false, 1, 1],
      ['重大决策', true, 1, 1],
      ['重要干部任免', true, 0, 0],
      ['重大项目安排', true, 1, 1],
      // Deferred in March and passed in April: one topic.
      ['大额度资金使用', true, 1, 1],
    ])

    // 4 tasks of 2026's decisions: one completed, one overdue (the 10 June deadline).
    expect(stats.tasks).toEqual({
      total: 4,
      byStatus: { not_started: 2, in_progress: 0, completed: 1, closed: 0, overdue: 1 },
      done: 1,
      completionRate: 25,
      overdueRate: 25,
    })
  })

  it('keeps the years apart, and a year without meetings is all zeros', async () => {
    const { vault } = await openYear()
    const last = await vault.core.call('dashboard.yearStatistics', { year: 2025 })
    expect(last.meetingsByBody.find((row) => row.bodyName === '常委会会议')).toMatchObject({ held: 1, planned: 0 })
    expect(last.attendance.every((row) => row.shouldAttend === 1 && row.rate === 100)).toBe(true)
    expect(last.categories.find((row) => row.category === 'general')).toMatchObject({ topics: 1, passed: 1 })
    // Its decision has no deadline: never overdue.
    expect(last.tasks).toMatchObject({ total: 1, byStatus: { not_started: 1, overdue: 0 }, completionRate: 0, overdueRate: 0 })

    const empty = await vault.core.call('dashboard.yearStatistics', { year: 2020 })
    expect(empty.years).toEqual([2026, 2025])
    expect(empty.meetingsByBody.every((row) => row.held === 0 && row.planned === 0)).toBe(true)
    expect(empty.attendance).toEqual([])
    expect(empty.categories.every((row) => row.topics === 0)).toBe(true)
    expect(empty.tasks).toMatchObject({ total: 0, completionRate: null, overdueRate: null })
  })

  it('refuses a year that is not one, saying why', async () => {
    const { vault } = await openYear()
    const result = await vault.core.raw('dashboard.yearStatistics', { year: 26.5 })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('年度必须是整数') } })
  })
})
