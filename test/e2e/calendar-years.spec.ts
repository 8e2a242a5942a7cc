import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BodyView, MeetingDetail, TopicSummary } from '../../shared/meetings/views'
import { removeDir, tempDir } from '../support/vault'
import { dispatch } from './support/dispatch'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedStandingCommittee } from './support/roster-seed'

// A year the bundled holiday data does not cover (2027): the meeting's material deadline is
// counted by weekends and says so, with the way to 设置 → 工作日历; a hostile .ics is refused
// and changes nothing; the 2027 arrangement is previewed by year, imported, and the note goes.

test.use({ appTime: '2027-02-01T09:00:00+08:00' })

const fixture = resolve(__dirname, '../fixtures/ics/2027.ics')
const topicTitle = '关于2027年春季森林防火工作的议题'

test('2027 without its arrangement: the note and link; an .ics previewed, a bad one refused, the good one imported', async ({ app }) => {
  const folder = tempDir('yishi-e2e-ics-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    // Monday 15 February 2027, just after the Spring Festival (初一 Saturday 6 February).
    const members = await seedStandingCommittee(app.core, '2027-01-01')
    const standing = (await dispatch<BodyView[]>(app.core, 'bodies.list')).find((body) => body.kind === 'standing')!
    const meeting = await dispatch<MeetingDetail>(app.core, 'meetings.create', { bodyId: standing.id, date: '2027-02-15', startTime: '09:00', place: '区委常委会议室', chairId: members[0]!.personId, recorderName: '王秘书' })
    const topic = await dispatch<TopicSummary>(app.core, 'topics.save', {
      bodyId: standing.id,
      title: topicTitle,
      category: 'general',
      proposingUnit: '区应急管理局',
      presenter: '区应急管理局局长 周海',
      leaderInChargeId: members[8]!.personId,
      leaderSignedOffOn: '2027-01-28',
      summary: null,
      consultationItemId: null,
      guests: [],
    })
    await dispatch(app.core, 'topics.approve', { id: topic.id })
    await dispatch(app.core, 'agenda.add', { meetingId: meeting.id, topicId: topic.id })

    // By weekends alone the materials are due Thursday 11 February, and the page says why.
    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    const item = page.getByRole('listitem', { name: `议题1：${topicTitle}` })
    await expect(item).toContainText('材料未提交（截止 2027年2月11日）')
    await expect(item.getByRole('note')).toHaveText('⚠ 2027年法定节假日安排尚未录入，按周末计算，到 设置 → 工作日历 录入')
    await expect(page.getByRole('region', { name: '会前提示' })).toContainText('（截止 2027年2月11日）：《关于2027年春季森林防火工作的议题》（2027年法定节假日安排尚未录入，按周末计算）')
    await item.scrollIntoViewIfNeeded()
    await app.shot('calendar-01-meeting-note')

    // The link opens 设置 on the 工作日历 tab.
    await item.getByRole('button', { name: '到 设置 → 工作日历 录入' }).click()
    await expect(page.getByRole('tab', { name: '工作日历' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('checkbox', { name: '2027年放假安排已录入' })).not.toBeChecked()

    // A hostile file (a recurring event meant to flood the calendar) is refused; nothing changes.
    const hostile = join(folder, '2027放假安排.ics')
    writeFileSync(hostile, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261115T090000\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nRRULE:FREQ=DAILY;COUNT=100000\r\nSUMMARY:元旦(休)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    app.dialogs.openFiles.push([hostile])
    await page.getByRole('button', { name: '从 .ics 文件导入国家放假安排…' }).click()
    await expect(page.getByRole('alert')).toHaveText('无法导入该日历文件：第 1 条日程“元旦(休)”是重复日程，节假日安排应逐日列出。工作日历未作任何修改。')
    await app.shot('calendar-02-hostile-refused')
    const untouched = await dispatch<{ calendar: { extraHolidays: string[]; arrangedYears: number[] } }>(app.core, 'calendar.get')
    expect(untouched.calendar).toEqual({ extraHolidays: [], extraWorkdays: [], arrangedYears: [] })

    // The 2027 arrangement: previewed by year before anything is saved.
    app.dialogs.openFiles.push([fixture])
    await page.getByRole('button', { name: '从 .ics 文件导入国家放假安排…' }).click()
    const preview = page.getByRole('dialog', { name: '导入国家放假安排：2027.ics' })
    await expect(preview.getByRole('heading', { name: '2027年' })).toBeVisible()
    await expect(preview.getByRole('heading', { name: '将添加的休息日（29 天）' })).toBeVisible()
    await expect(preview.getByRole('heading', { name: '将添加的调休上班日（6 天）' })).toBeVisible()
    await expect(preview.getByRole('list', { name: '将添加的调休上班日' })).toContainText('2027年2月20日 星期六')
    await app.shot('calendar-03-ics-preview')
    expect((await dispatch<{ calendar: { arrangedYears: number[] } }>(app.core, 'calendar.get')).calendar.arrangedYears).toEqual([])
    await preview.getByRole('button', { name: '导入' }).click()
    await expect(preview).toHaveCount(0)
    await expect(page.getByRole('checkbox', { name: '2027年放假安排已录入' })).toBeChecked()
    await expect(page.getByRole('list', { name: '增加的休息日：2027年' })).toContainText('2027年2月5日 星期五')
    await app.shot('calendar-04-imported')
    const audit = await dispatch<{ action: string; summary: string }[]>(app.core, 'audit.list', { limit: 1 })
    expect(audit[0]).toMatchObject({ action: 'calendar.importIcs', summary: '从“2027.ics”导入国家放假安排：2027年（休息日 29 天，调休上班 6 天）' })

    // Back on the meeting: due before the holiday, Wednesday 3 February, and no note.
    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await expect(item).toContainText('材料未提交（截止 2027年2月3日）')
    await expect(item.getByRole('note')).toHaveCount(0)
    await expect(page.getByRole('region', { name: '会前提示' })).not.toContainText('尚未录入')
    await item.scrollIntoViewIfNeeded()
    await app.shot('calendar-05-meeting-after-import')
  } finally {
    removeDir(folder)
  }
})
