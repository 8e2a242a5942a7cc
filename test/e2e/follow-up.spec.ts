import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { addDays } from '../../shared/roster/dates'
import { localDay } from '../../shared/calendar/local-day'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { liveTopics, seedLiveMeeting } from './support/live-seed'
import { standingCommittee } from './support/roster-seed'

// 督办 end to end: a decision recorded in the live meeting becomes a task; its deadline is
// already past (the app clock is the machine's), so it shows as 逾期, on the 督办 page and on
// 首页; a progress report with a file, 报办结 and a 回头看 that closes it (and takes it off
// 首页). Plus the 督办通报 preview.

const [firstTopic, secondTopic] = liveTopics
const row = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name: title }) })

test('a passed decision becomes a task: overdue, reported with a file, completed and closed by a review', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core)
  for (const member of standingCommittee) {
    const personId = meeting.members.find((entry) => entry.name === member.name)!.personId
    await app.core.dispatch('live.setAttendance', { meetingId: meeting.id, personId, attendance: 'present', leaveReason: null, leaveNote: null })
  }
  const today = localDay(app.clock.now())
  const pastDeadline = addDays(today, -20)

  // The decision, typed in the live meeting screen as the recorder does.
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await page.getByLabel('表决方式').selectOption({ label: '举手表决' })
  await page.getByRole('spinbutton', { name: '同意', exact: true }).fill('11')
  await page.getByLabel('决定内容').fill('会议同意2027年区级重点民生实事项目安排，由区发展改革局牵头组织实施。')
  await page.getByLabel('牵头领导').selectOption({ label: '李明远（区委副书记、区长）' })
  await page.getByLabel('责任单位').fill('区发展改革局、区财政局')
  await page.getByLabel('办结时限').fill(pastDeadline)
  await expect(page.getByText(/已保存/u).first()).toBeVisible()
  await page.getByRole('button', { name: '通过', exact: true }).click()
  await expect(page.locator('.outcome-current')).toContainText('通过')
  // The second item is decided with a deadline still to come.
  const second = meeting.items[1]!.id
  await app.core.dispatch('live.saveDecision', { itemId: second, decisionText: '会议原则同意老旧小区改造三年行动方案。', leadLeaderId: null, responsibleUnits: '区住房城乡建设局', deadline: addDays(today, 60) })
  await app.core.dispatch('live.setOutcome', { itemId: second, outcome: 'passed' })

  // 督办: both tasks, the first one 逾期 in red.
  await mainNav(page).getByRole('button', { name: '督办' }).click()
  await expect(page.getByRole('heading', { name: '督办', level: 1 })).toBeVisible()
  await expect(row(page, firstTopic.title)).toContainText('逾期')
  await expect(row(page, firstTopic.title)).toContainText('李明远')
  await expect(row(page, secondTopic.title)).toContainText('未启动')
  await expect(page.getByText('共 2 项')).toBeVisible()
  await app.shot('follow-up-01-list')
  await page.getByRole('button', { name: '逾期', exact: true }).click()
  await expect(page.getByText('共 1 项')).toBeVisible()
  await expect(row(page, secondTopic.title)).toHaveCount(0)
  await page.getByLabel('责任单位').fill('住房')
  await page.getByLabel('责任单位').press('Enter')
  await expect(page.getByText('没有符合条件的督办事项。')).toBeVisible()
  await page.getByRole('button', { name: '清除条件' }).click()
  await expect(page.getByText('共 2 项')).toBeVisible()

  // 首页 shows it among the overdue tasks; clicking it opens the task on the 督办 page.
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  const dueCard = page.getByRole('region', { name: /^督办事项/u })
  await expect(dueCard.getByRole('listitem').filter({ hasText: firstTopic.title })).toContainText('逾期')
  await expect(dueCard).not.toContainText(secondTopic.title)
  await app.shot('follow-up-01b-home-overdue')

  // The task: a progress report with a file.
  await dueCard.getByRole('button', { name: firstTopic.title }).click()
  await expect(page.getByRole('heading', { name: firstTopic.title, level: 1 })).toBeVisible()
  await expect(page.getByText('会议同意2027年区级重点民生实事项目安排')).toBeVisible()
  await expect(page.getByText('已逾期')).toBeVisible()
  const folder = tempDir('yishi-e2e-files-')
  try {
    const file = join(folder, '项目推进表.xlsx')
    writeFileSync(file, Buffer.from('progress table'))
    await page.getByRole('button', { name: '报告进展…' }).click()
    const report = page.getByRole('dialog', { name: /^报告进展/u })
    await expect(report.getByLabel('进展情况')).toBeFocused()
    await report.getByLabel('进展情况').fill('十项民生实事已全部开工，其中三项已完成。')
    await report.getByLabel(/附带文件/u).check()
    app.dialogs.openFiles.push([file])
    await report.getByRole('button', { name: '选择附件并保存…' }).click()
    await expect(report).toHaveCount(0)
    await expect(page.getByText('十项民生实事已全部开工，其中三项已完成。')).toBeVisible()
    await expect(page.getByText(/项目推进表\.xlsx/u)).toBeVisible()
    // Still past its deadline: reporting does not make a task less overdue.
    await expect(page.locator('.page-description .badge')).toHaveText('逾期')
    await app.shot('follow-up-02-reported')

    // 报办结, then 回头看 确认销号.
    await page.getByRole('button', { name: '报办结…' }).click()
    const complete = page.getByRole('dialog', { name: /^报办结/u })
    await complete.getByLabel('办结报告').fill('十项民生实事全部完成并通过验收。')
    await complete.getByLabel('办结报告').press('Control+Enter')
    await expect(complete).toHaveCount(0)
    await expect(page.locator('.page-description .badge')).toHaveText('已办结')
    await expect(page.getByRole('button', { name: '报告进展…' })).toHaveCount(0)
    await page.getByRole('button', { name: '回头看…' }).click()
    const review = page.getByRole('dialog', { name: /^回头看/u })
    await expect(review.getByRole('radio', { name: /确认销号/u })).toBeChecked()
    await review.getByLabel('意见（可不填）').fill('经实地查看，项目均已建成投用。')
    await app.shot('follow-up-03-review-dialog')
    await review.getByRole('button', { name: '确认销号' }).click()
    await expect(review).toHaveCount(0)
    await expect(page.locator('.page-description .badge')).toHaveText('已销号')
    await expect(page.getByText('回头看：确认销号')).toBeVisible()
    await expect(page.getByText('经回头看确认销号，督办结束。')).toBeVisible()
    await app.shot('follow-up-04-closed')
  } finally {
    removeDir(folder)
  }

  // Closed by the review: no longer overdue on 首页.
  await mainNav(page).getByRole('button', { name: '首页' }).click()
  await expect(page.getByRole('region', { name: /^督办事项/u })).toContainText('没有逾期的督办事项。')

  // Back to the list; the 督办通报 preview; the meeting link.
  await mainNav(page).getByRole('button', { name: '督办' }).click()
  await expect(row(page, firstTopic.title)).toContainText('已销号')
  await page.getByRole('button', { name: '生成督办通报…' }).click()
  const preview = page.getByRole('dialog', { name: '预览：督办通报' })
  await expect(preview.getByText(/决策事项督办情况的通报$/u).first()).toBeVisible()
  await expect(preview).toContainText('共有督办事项2项，其中已办结1项')
  await app.shot('follow-up-05-report-preview')
  await page.keyboard.press('Escape')
  await expect(preview).toHaveCount(0)
  await page.getByRole('button', { name: secondTopic.title }).click()
  await page.getByRole('button', { name: new RegExp(`^${meeting.label}`, 'u') }).click()
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
})
