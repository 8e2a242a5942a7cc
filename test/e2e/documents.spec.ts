import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { MeetingDetail } from '../../shared/meetings/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'

// 会议文件 on the meeting page: the 会议记录 previewed as the printed page and exported
// where the user picks; the 会议通知 exported straight from its row.

async function dispatch<T>(app: AppHarness, channel: string, input?: unknown): Promise<T> {
  const result = await app.core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

/** The seeded meeting recorded and ended: one member on leave, speeches, a vote and a decision. */
async function recordedMeeting(app: AppHarness): Promise<MeetingDetail> {
  const { meeting, members } = await seedLiveMeeting(app.core)
  for (const [index, member] of members.entries()) {
    const leave = index === members.length - 1
    await dispatch(app, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'business' : null, leaveNote: leave ? '在市委党校学习' : null })
  }
  const [first, second] = meeting.items
  await dispatch(app, 'live.saveReportNotes', { itemId: first!.id, text: '钱卫东汇报了2027年区级重点民生实事项目的有关情况。' })
  const detail = await dispatch<MeetingDetail>(app, 'meetings.get', { id: meeting.id })
  for (const personId of detail.items[0]!.speakingOrder.slice(-3)) {
    await dispatch(app, 'live.saveSpeech', { itemId: first!.id, personId, notes: '同意。建议把养老和托育项目放在优先位置，资金足额保障。', stance: 'agree' })
  }
  await dispatch(app, 'live.saveVote', { itemId: first!.id, method: 'hands', counts: { for: 10, against: 0, abstain: 0 }, ballots: null })
  await dispatch(app, 'live.saveDecision', { itemId: first!.id, decisionText: '会议原则同意2027年区级重点民生实事项目。', leadLeaderId: members[1]!.personId, responsibleUnits: '区发展改革局', deadline: '2026-12-31' })
  await dispatch(app, 'live.setOutcome', { itemId: first!.id, outcome: 'passed' })
  await dispatch(app, 'live.setOutcome', { itemId: second!.id, outcome: 'deferred' })
  return dispatch<MeetingDetail>(app, 'meetings.advance', { id: meeting.id, to: 'ended' })
}

test('会议文件: the 会议记录 previewed as the printed page and exported; the 会议通知 exported from its row', async ({ app }) => {
  const folder = tempDir('yishi-e2e-documents-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await recordedMeeting(app)

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    const section = page.getByRole('region', { name: '会议文件' })
    await expect(section).toBeVisible()
    await section.scrollIntoViewIfNeeded()
    await app.shot('documents-01-section')

    await section.getByRole('button', { name: '预览会议记录' }).click()
    const dialog = page.getByRole('dialog', { name: `预览：${meeting.label}记录` })
    await expect(dialog).toBeVisible()
    const sheet = dialog.getByLabel(/会议记录（预览）$/u)
    await expect(sheet.getByRole('heading', { name: /会议记录$/u })).toBeVisible()
    await expect(sheet.getByText('机密★10年')).toBeVisible()
    await expect(sheet.locator('p', { hasText: /^出席：/u })).toBeVisible()
    await expect(sheet.locator('p', { hasText: /^请假：/u })).toContainText('公出，在市委党校学习')
    await expect(sheet.getByText('决定：会议原则同意2027年区级重点民生实事项目。')).toBeVisible()
    await app.shot('documents-02-record-preview')

    const recordPath = join(folder, '会议记录.docx')
    app.dialogs.saveFiles.push(recordPath)
    await dialog.getByRole('button', { name: '导出…' }).click()
    await expect(dialog.getByText(`已导出到 ${recordPath}`)).toBeVisible()
    expect(existsSync(recordPath)).toBe(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    const noticePath = join(folder, '会议通知.docx')
    app.dialogs.saveFiles.push(noticePath)
    await section.getByRole('button', { name: '导出会议通知…' }).click()
    await expect(section.getByText(`已导出到 ${noticePath}`)).toBeVisible()
    expect(readdirSync(folder).sort()).toEqual(['会议记录.docx', '会议通知.docx'])
    const audit = await dispatch<{ action: string; summary: string }[]>(app, 'audit.list', { limit: 2 })
    expect(audit.map((entry) => entry.summary)).toEqual([expect.stringContaining(noticePath), expect.stringContaining(recordPath)])
    await app.shot('documents-03-exported')
  } finally {
    removeDir(folder)
  }
})
