import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { addDays } from '../../shared/roster/dates'
import { localDay } from '../../shared/calendar/local-day'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { liveTopics, seedLiveMeeting } from './support/live-seed'
import { standingCommittee } from './support/roster-seed'

// Search inside a 督办 attachment: the text of a file sent with a progress report is found as
// 督办附件, and the hit opens the task.

test('a word inside a 督办 attachment is found as 督办附件 and opens its task', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core)
  for (const member of standingCommittee) {
    const personId = meeting.members.find((entry) => entry.name === member.name)!.personId
    await app.core.dispatch('live.setAttendance', { meetingId: meeting.id, personId, attendance: 'present', leaveReason: null, leaveNote: null })
  }
  const itemId = meeting.items[0]!.id
  await app.core.dispatch('live.saveDecision', { itemId, decisionText: '会议同意2027年区级重点民生实事项目安排。', leadLeaderId: null, responsibleUnits: '区发展改革局', deadline: addDays(localDay(app.clock.now()), 60) })
  await app.core.dispatch('live.setOutcome', { itemId, outcome: 'passed' })
  const session = app.core.context.session!
  const taskId = session.vault.mainSqlite.prepare('select id from follow_up_tasks where agenda_item_id = ?').pluck().get(itemId) as string

  const folder = tempDir('yishi-e2e-attachment-')
  try {
    const file = join(folder, '民生实事推进情况.txt')
    writeFileSync(file, '十项民生实事中，城东农贸市场改造已完成主体施工，预计下月投入使用。\n')
    app.dialogs.openFiles.push([file])
    const reported = await app.core.dispatch('followUp.report', { id: taskId, date: localDay(app.clock.now()), text: '已全部开工。', withFiles: true })
    expect(reported.ok).toBe(true)
    await materialTextsSettled(session)

    await mainNav(page).getByRole('button', { name: '搜索' }).click()
    const box = page.getByLabel('搜索内容', { exact: true })
    await box.fill('农贸市场')
    await box.press('Enter')
    const attachments = page.getByRole('region', { name: /^督办附件/u })
    await expect(attachments.getByRole('button')).toHaveCount(1)
    await expect(attachments.getByRole('button')).toContainText('民生实事推进情况.txt')
    await expect(attachments.getByRole('button')).toContainText(`督办《${liveTopics[0]!.title}》的进展报告`)
    await expect(attachments.locator('mark').first()).toHaveText('农贸市场')
    await app.shot('attachment-search-01-hit')
    await attachments.getByRole('button').click()
    await expect(page.getByRole('heading', { name: liveTopics[0]!.title, level: 1 })).toBeVisible()
    await expect(page.getByText(/民生实事推进情况\.txt/u)).toBeVisible()
  } finally {
    removeDir(folder)
  }
})
