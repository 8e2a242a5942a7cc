import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { MeetingDetail } from '../../shared/meetings/views'
import type { MeetingPapersView } from '../../shared/meeting-papers/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'
import { seedConsultedPersonnelMeeting } from './support/personnel-seed'
import { standingCommittee } from './support/roster-seed'

// The papers of a meeting day: the 议程 and 签到表 of a personnel meeting previewed and
// exported; the numbered copies of a classified material issued, checked back in the live
// screen, 结束会议 warning while one is out; the 签到表 ticked against the attendance.

test('prints the 议程 and 签到表 of a personnel meeting: previewed as the page, exported as .docx', async ({ app }) => {
  const folder = tempDir('yishi-e2e-papers-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const { meeting } = await seedConsultedPersonnelMeeting(app.core)

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    // A planned time for the item, printed on the 议程.
    const times = page.getByRole('region', { name: '议程时间安排' })
    const time = times.getByLabel(/^议题1：关于部分干部职务任免的议题 计划时间$/u)
    await time.fill('09:30')
    await time.blur()
    await expect(page.getByText('已保存计划时间 09:30。')).toBeVisible()
    const section = page.getByRole('region', { name: '会议文件' })
    await section.scrollIntoViewIfNeeded()
    await expect(section.getByRole('button', { name: '导出涉密材料分发回收登记表…' })).toBeDisabled()

    await section.getByRole('button', { name: '预览会议议程' }).click()
    const agenda = page.getByRole('dialog', { name: `预览：${meeting.label}议程` })
    const agendaSheet = agenda.getByLabel(/议程（预览）$/u)
    await expect(agendaSheet.getByRole('heading', { name: /会议议程$/u })).toBeVisible()
    await expect(agendaSheet.getByText('机密★10年')).toBeVisible()
    // The admin holds the 干部任免 key: the personnel item is named.
    await expect(agendaSheet.getByText('一、关于部分干部职务任免的议题')).toBeVisible()
    await expect(agendaSheet.getByText('时间：上午9:30')).toBeVisible()
    await expect(agendaSheet.getByText('汇报人：区委组织部 区委组织部部长 陈志强')).toBeVisible()
    await app.shot('meeting-papers-01-agenda-preview')
    const agendaPath = join(folder, '议程.docx')
    app.dialogs.saveFiles.push(agendaPath)
    await agenda.getByRole('button', { name: '导出…' }).click()
    await expect(agenda.getByText(`已导出到 ${agendaPath}`)).toBeVisible()
    expect(existsSync(agendaPath)).toBe(true)
    await page.keyboard.press('Escape')

    await section.getByRole('button', { name: '预览签到表' }).click()
    const sheetDialog = page.getByRole('dialog', { name: `预览：${meeting.label}签到表` })
    const sheet = sheetDialog.getByLabel(/签到表（预览）$/u)
    await expect(sheet.getByRole('heading', { name: /签到表$/u })).toBeVisible()
    await expect(sheet.getByText('一、应到会成员（11人）')).toBeVisible()
    await expect(sheet.getByRole('cell', { name: standingCommittee[0]!.name, exact: true })).toBeVisible()
    await expect(sheet.getByRole('columnheader', { name: '请假' })).toBeVisible()
    await app.shot('meeting-papers-02-sign-in-preview')
    const sheetPath = join(folder, '签到表.docx')
    app.dialogs.saveFiles.push(sheetPath)
    await sheetDialog.getByRole('button', { name: '导出…' }).click()
    await expect(sheetDialog.getByText(`已导出到 ${sheetPath}`)).toBeVisible()
    expect(existsSync(sheetPath)).toBe(true)
  } finally {
    removeDir(folder)
  }
})

test('issues numbered copies of a classified material, checks them back, and 结束会议 warns while one is out', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting, members } = await seedLiveMeeting(app.core)
  // Everyone present but the last member (on leave); both items deferred so the meeting can end.
  for (const [index, member] of members.entries()) {
    const leave = index === members.length - 1
    await dispatch(app.core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'sick' : null, leaveNote: null })
  }
  for (const item of meeting.items) await dispatch(app.core, 'live.setOutcome', { itemId: item.id, outcome: 'deferred' })

  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  const card = page.getByRole('region', { name: '涉密材料分发回收' })
  await card.getByLabel('材料名称').fill('2027年区级重点民生实事项目安排（送审稿）')
  await card.getByLabel('用于').selectOption({ label: `议题1：${meeting.items[0]!.topic.title}` })
  // Ten members present and the item's 列席 (the unit): eleven copies.
  await card.getByRole('button', { name: '登记并编号（11份）' }).click()
  await expect(card.getByRole('alert', { name: '未收回的涉密材料' })).toContainText('尚有 11 份涉密材料未收回')
  await expect(card.getByRole('cell', { name: '000011', exact: true })).toBeVisible()
  await card.scrollIntoViewIfNeeded()
  await app.shot('meeting-papers-03-issued')

  // Nine come back at the door (through the same channel); the last two in the live screen.
  const papers = await dispatch<MeetingPapersView>(app.core, 'papers.get', { meetingId: meeting.id })
  for (const copy of papers.materials[0]!.copies.slice(0, 9)) await dispatch(app.core, 'papers.markCopy', { copyId: copy.id, state: 'returned', note: null })
  await page.getByRole('button', { name: '进入会议记录' }).click()
  const live = page.getByRole('region', { name: '涉密材料分发回收' })
  await expect(live.getByRole('alert', { name: '未收回的涉密材料' })).toContainText('尚有 2 份涉密材料未收回')
  await live.getByRole('button', { name: /^收回第000010份/u }).click()
  await expect(live.getByRole('alert', { name: '未收回的涉密材料' })).toContainText('尚有 1 份涉密材料未收回')

  await page.getByRole('button', { name: '结束会议' }).click()
  const warning = page.getByRole('dialog', { name: '涉密材料尚未全部收回' })
  await expect(warning).toContainText('第000011份')
  await app.shot('meeting-papers-04-end-warning')
  await warning.getByRole('button', { name: '返回收回材料' }).click()
  await expect(warning).toBeHidden()
  expect((await dispatch<MeetingDetail>(app.core, 'meetings.get', { id: meeting.id })).status).toBe('in_progress')

  await live.getByRole('button', { name: '注明第000011份未收回的原因' }).click()
  const reason = page.getByRole('dialog', { name: '未收回的原因' })
  await reason.getByLabel('原因').fill('会后补交')
  await reason.getByRole('button', { name: '保存原因' }).click()
  await expect(live.getByRole('alert', { name: '未收回的涉密材料' })).toBeHidden()
  await expect(live.getByText('已注明原因：会后补交')).toBeVisible()
  await page.getByRole('button', { name: '结束会议' }).click()
  await expect(page.getByRole('dialog', { name: '涉密材料尚未全部收回' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '签发…' })).toBeVisible()
  await app.shot('meeting-papers-05-all-back')

  // The 签到表 ticked after the meeting: a member on leave ticked shows as a mismatch.
  await page.getByRole('button', { name: '← 返回' }).click()
  const check = page.getByRole('region', { name: '签到核对' })
  // Each tick is saved before the box shows it (the answer of core, not the click).
  for (const member of [...members.slice(0, 9), members[10]!]) {
    const box = check.getByRole('checkbox', { name: member.name })
    await box.click()
    await expect(box).toBeChecked()
  }
  const mismatch = check.getByRole('alert', { name: '签到与出席登记不一致' })
  await expect(mismatch).toContainText(`${members[9]!.name}：出席登记为“出席”，但签到表上未签到`)
  await expect(mismatch).toContainText(`${members[10]!.name}：签到表上已签到，但出席登记为“请假”`)
  await check.scrollIntoViewIfNeeded()
  await app.shot('meeting-papers-06-sign-in-check')
  const audit = await dispatch<{ action: string }[]>(app, 'audit.list', { limit: 40 })
  expect(audit.filter((entry) => entry.action === 'papers.markCopy')).toHaveLength(11)
  expect(audit.filter((entry) => entry.action === 'papers.setSignedIn')).toHaveLength(10)
})
