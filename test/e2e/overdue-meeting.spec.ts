import type { BodyView, MeetingDetail, TopicSummary } from '../../shared/meetings/views'
import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, unlock } from './support/flows'
import { seedStandingCommittee } from './support/roster-seed'

// A meeting nine days past its date and still 已通知: 首页 lists it as 逾期未召开, apart from
// the meetings to come; starting it today asks first and records the day it was held.

test.use({ appTime: '2026-12-05T09:00:00+08:00' })

test('逾期未召开 on 首页; 开始会议 on another day asks, then records today as the date', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await seedStandingCommittee(app.core, '2026-01-01')
  const standing = (await dispatch<BodyView[]>(app.core, 'bodies.list')).find((body) => body.kind === 'standing')!
  const create = async (date: string) => {
    const meeting = await dispatch<MeetingDetail>(app.core, 'meetings.create', { bodyId: standing.id, date, startTime: '09:00', place: '区委常委会议室', chairId: null, recorderName: '王秘书' })
    const topic = await dispatch<TopicSummary>(app.core, 'topics.save', { bodyId: standing.id, title: `关于${date}会议议题的请示`, category: 'general', proposingUnit: '区政府办', presenter: '王强', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
    await dispatch(app.core, 'agenda.add', { meetingId: meeting.id, topicId: topic.id })
    await dispatch(app.core, 'meetings.advance', { id: meeting.id, to: 'notified' })
    return meeting
  }
  const late = await create('2026-11-26')
  const next = await create('2026-12-10')

  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  const overdue = page.getByRole('region', { name: /逾期未召开/u })
  await expect(overdue.getByRole('button', { name: late.label })).toBeVisible()
  await expect(overdue).toContainText('2026年11月26日')
  const upcoming = page.getByRole('region', { name: '近期会议' })
  await expect(upcoming.getByRole('button', { name: next.label })).toBeVisible()
  await expect(upcoming.getByRole('button', { name: late.label })).toHaveCount(0)
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height })
    await app.shot(`home-overdue-meetings-${width}`)
  }

  await overdue.getByRole('button', { name: late.label }).click()
  await page.getByRole('button', { name: '开始会议' }).click()
  const confirm = page.getByRole('dialog', { name: '会议不在原定日期召开' })
  await expect(confirm).toContainText('2026年11月26日 星期四')
  await expect(confirm).toContainText('2026年12月5日 星期六')
  await app.shot('start-other-day-confirm-1920')
  await confirm.getByRole('button', { name: '取消' }).click()
  expect((await dispatch<MeetingDetail>(app.core, 'meetings.get', { id: late.id })).status).toBe('notified')

  await page.getByRole('button', { name: '开始会议' }).click()
  await confirm.getByRole('button', { name: '确认今天召开' }).click()
  await expect(page.getByRole('button', { name: '结束会议' })).toBeVisible()
  expect(await dispatch<MeetingDetail>(app.core, 'meetings.get', { id: late.id })).toMatchObject({ status: 'in_progress', date: '2026-12-05' })
})
