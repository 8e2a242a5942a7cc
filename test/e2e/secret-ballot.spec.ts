import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentModel } from '../../shared/documents/model'
import type { MeetingDetail } from '../../shared/meetings/views'
import type { LrmxPreview } from '../../shared/personnel/views'
import { documentLines } from '../support/document-lines'
import { documentArtifacts, gbLayoutProblems, isA4, pdfText, pdfWords, renderPages } from '../support/pdf-layout'
import { lrmxFixtureDir } from '../support/fixtures'
import { removeDir, tempDir } from '../support/vault'
import { expect, test, type AppHarness } from './support/app'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'
import { seedConsultedPersonnelMeeting } from './support/personnel-seed'

// A personnel item voted by secret ballot (无记名投票): the 表决票 printed (one per member
// taking part), a tally refused because it does not add up, then recorded for two
// candidates with 监票人 and 计票人; the book shows the result in the usual form and the
// 计票结果报告单 is generated for the chair.

/** The 常委会 under way with two candidates on its personnel topic; two members on leave (应到 11, 实到 9). */
async function seed(app: AppHarness, folder: string): Promise<MeetingDetail> {
  const core = app.core
  const { meeting, consultation, members } = await seedConsultedPersonnelMeeting(core)
  const topicId = meeting.items[0]!.topic.id
  app.dialogs.openFiles.push(
    ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
      copyFileSync(join(lrmxFixtureDir, name), join(folder, name))
      return join(folder, name)
    }),
  )
  const preview = await dispatch<LrmxPreview>(core, 'personnel.previewLrmx')
  const imported = await dispatch<{ created: { id: string; name: string }[] }>(core, 'personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' })) })
  const stages = { proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: consultation.date, noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null }
  for (const [name, proposedPost, postToRemove] of [['张建国', '区发展改革委主任', ''], ['李秀英', '区民政局局长', '区教育局副局长']] as const) {
    await dispatch(core, 'personnel.saveMatter', {
      cadreId: imported.created.find((cadre) => cadre.name === name)!.id, topicId, actionType: 'appoint', proposedPost, postToRemove, unit: '', reasons: '', probation: false, integrityOpinion: null,
      consultationMeetingId: consultation.id, consultationItemId: consultation.items[0]!.id, appointmentDocNo: null, stages,
    })
  }
  for (const [index, member] of members.entries()) {
    const leave = index >= 9
    await dispatch(core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'business' : null, leaveNote: null })
  }
  return meeting
}

test('prints the 表决票, refuses a tally that does not add up, records it for two candidates and gives the 计票结果报告单', async ({ app }) => {
  const folder = tempDir('yishi-ballot-e2e-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seed(app, folder)

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await page.getByRole('button', { name: '进入会议记录' }).click()
    const panel = page.getByRole('region', { name: '无记名投票' })
    await expect(panel.getByText('发出表决票 9 张', { exact: false })).toBeVisible()

    // 表决票: nine sheets, each listing both candidates; exported as a PDF to print.
    await panel.getByRole('button', { name: '打印表决票…' }).click()
    const ballots = page.getByRole('dialog', { name: /表决票/u })
    await expect(ballots.getByText('表决票', { exact: true })).toHaveCount(9)
    await expect(ballots.getByRole('cell', { name: '李秀英' })).toHaveCount(9)
    await expect(ballots.getByText(/填票说明/u).first()).toBeVisible()
    await app.shot('secret-ballot-01-ballot-papers')
    const ballotPdf = join(folder, '表决票.pdf')
    app.dialogs.saveFiles.push(ballotPdf)
    await ballots.getByRole('button', { name: '导出PDF…' }).click()
    await expect(ballots.getByText(`已导出PDF到 ${ballotPdf}`)).toBeVisible()
    const ballotPages = pdfWords(ballotPdf)
    renderPages(ballotPdf, join(documentArtifacts, 'e2e-ballot-papers'), { lastPage: 2 })
    expect(ballotPages).toHaveLength(9)
    expect(ballotPages.every(isA4)).toBe(true)
    expect(gbLayoutProblems(ballotPages)).toEqual([])
    expect(pdfText(ballotPages)).toContain('区民政局局长')
    await page.keyboard.press('Escape')

    // A tally that does not add up: shown live, and refused by core with nothing saved.
    const tally = page.getByRole('form', { name: '计票' })
    await tally.getByLabel('收回').fill('10')
    await tally.getByLabel('有效').fill('10')
    await expect(tally.getByText('收回表决票 10 张，多于发出的 9 张')).toBeVisible()
    await tally.getByRole('group', { name: '监票人' }).getByLabel('赵文静').check()
    await tally.getByRole('group', { name: '计票人' }).getByLabel('刘海燕').check()
    await tally.getByLabel('张建国同意').fill('8')
    await tally.getByLabel('张建国不同意').fill('1')
    await tally.getByLabel('李秀英同意').fill('5')
    await tally.getByLabel('李秀英不同意').fill('3')
    await tally.getByLabel('李秀英弃权').fill('1')
    await tally.getByRole('button', { name: '保存计票结果' }).click()
    await expect(tally.getByRole('alert')).toHaveText('收回表决票 10 张，多于发出的 9 张，未保存。')
    await tally.getByRole('alert').scrollIntoViewIfNeeded()
    await app.shot('secret-ballot-02-refused')
    expect((await dispatch<{ entry: unknown }>(app.core, 'personnel.entryForItem', { agendaItemId: meeting.items[0]!.id })).entry).toBeNull()

    await tally.getByLabel('收回').fill('9')
    await tally.getByLabel('有效').fill('9')
    await expect(tally.getByRole('row', { name: /张建国/u }).getByText('通过')).toBeVisible()
    await tally.getByRole('button', { name: '保存计票结果' }).click()
    const result = panel.getByRole('list', { name: '计票结果' })
    await expect(result.getByText('张建国：应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票，通过。')).toBeVisible()
    await expect(result.getByText(/李秀英：.*同意5票，不同意3票，弃权1票，未通过。/u)).toBeVisible()
    await expect(result.getByText('监票人：赵文静；计票人：刘海燕')).toBeVisible()
    await expect(page.getByText(/无记名投票：应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票（须 6 票）/u)).toBeVisible()
    await panel.scrollIntoViewIfNeeded()
    await app.shot('secret-ballot-03-recorded')

    // 计票结果报告单, for the chair to read out and the 监票人 and 计票人 to sign.
    await panel.getByRole('button', { name: '计票结果报告单' }).click()
    const report = page.getByRole('dialog', { name: /计票结果报告单/u })
    await expect(report.getByText('监票人（签字）')).toBeVisible()
    await expect(report.getByText(/发出表决票9张，收回9张，其中有效票9张/u)).toBeVisible()
    await app.shot('secret-ballot-04-tally-report')
    const reportPdf = join(folder, '计票结果报告单.pdf')
    app.dialogs.saveFiles.push(reportPdf)
    await report.getByRole('button', { name: '导出PDF…' }).click()
    await expect(report.getByText(`已导出PDF到 ${reportPdf}`)).toBeVisible()
    const reportPages = pdfWords(reportPdf)
    renderPages(reportPdf, join(documentArtifacts, 'e2e-tally-report'))
    expect(reportPages.every(isA4)).toBe(true)
    expect(gbLayoutProblems(reportPages)).toEqual([])
    await page.keyboard.press('Escape')

    // The 专用记录本 page: the entry with the result in the usual form.
    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await page.getByRole('tab', { name: '专用记录本' }).click()
    await page.getByRole('button', { name: '第1号' }).click()
    const bookText = page.getByText('应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票（通过须超过应到人数的半数，即至少 6 票）')
    await bookText.scrollIntoViewIfNeeded()
    await expect(bookText).toBeVisible()
    await expect(page.getByText('监票人 赵文静；计票人 刘海燕').first()).toBeVisible()
    await app.shot('secret-ballot-05-book-entry')
    expect(existsSync(reportPdf)).toBe(true)
  } finally {
    removeDir(folder)
  }
})

test('counts a secret ballot on a general item: refused while it does not add up, then the 会议记录 gives it in the usual form', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting, members } = await seedLiveMeeting(app.core)
  for (const [index, member] of members.entries()) {
    const leave = index >= 9
    await dispatch(app.core, 'live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: leave ? 'leave' : 'present', leaveReason: leave ? 'sick' : null, leaveNote: null })
  }
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await page.getByLabel('表决方式').selectOption({ label: '无记名投票' })
  await page.getByRole('button', { name: '打印表决票…' }).click()
  const ballots = page.getByRole('dialog', { name: /表决票/u })
  await expect(ballots.getByText('表决票', { exact: true })).toHaveCount(9)
  await expect(ballots.getByText('2．划“○”超过一个的，本票无效。').first()).toBeVisible()
  await app.shot('secret-ballot-06-general-ballot')
  await page.keyboard.press('Escape')
  const tally = page.getByRole('form', { name: '计票' })
  await expect(tally.getByLabel('发出')).toHaveText('9')
  await tally.getByRole('group', { name: '监票人' }).getByLabel('赵文静').check()
  await tally.getByRole('group', { name: '计票人' }).getByLabel('刘海燕').check()
  await tally.getByLabel('该议题同意').fill('8')
  await tally.getByLabel('该议题不同意').fill('2')
  await expect(tally.getByText('该议题的同意、不同意、弃权票合计 10 票，多于有效票 9 张')).toBeVisible()
  await tally.getByRole('button', { name: '保存计票结果' }).click()
  await expect(tally.getByRole('alert')).toHaveText('该议题的同意、不同意、弃权票合计 10 票，多于有效票 9 张，未保存。')
  await tally.getByLabel('该议题不同意').fill('1')
  await tally.getByRole('button', { name: '保存计票结果' }).click()
  await expect(page.getByLabel('计票结果')).toHaveText('应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票。监票人：赵文静；计票人：刘海燕')
  await page.getByLabel('计票结果').scrollIntoViewIfNeeded()
  await app.shot('secret-ballot-07-general-item')
  await page.getByRole('button', { name: '计票结果报告单' }).click()
  const report = page.getByRole('dialog', { name: /计票结果报告单/u })
  await expect(report.getByText(/经监票人监督、计票人清点，表决结果如下/u)).toBeVisible()
  await app.shot('secret-ballot-08-general-report')
  await page.keyboard.press('Escape')
  const record = await dispatch<DocumentModel>(app.core, 'documents.meetingRecord', { meetingId: meeting.id })
  expect(documentLines(record)).toContain('表决：无记名投票，应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票；监票人赵文静，计票人刘海燕。')
})
