import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { MeetingDetail } from '../../shared/meetings/views'
import type { BookEntryView, LrmxPreview } from '../../shared/personnel/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { standingCommittee } from './support/roster-seed'
import { lrmxFixtureDir } from '../support/fixtures'
import { dispatch } from './support/dispatch'
import { seedConsultedPersonnelMeeting } from './support/personnel-seed'

// A personnel topic in the live meeting screen: two candidates decided one by one in the
// book's form (one with a recusal), the outcome, 签发 sealing the entry; then a user without
// the 干部任免 grant sees only the book's reference.

const names = standingCommittee.map((member) => member.name)
const recused = '周晓东'

/** A held 专题会 that consulted the topic, the 常委会 started today with it, two cadres imported, one candidate on the topic. */
async function seed(app: AppHarness, folder: string): Promise<MeetingDetail> {
  const core = app.core
  const { meeting, consultation } = await seedConsultedPersonnelMeeting(core)
  const topicId = meeting.items[0]!.topic.id
  // The approval forms, imported through the channels as the 干部任免 page does (tested on its own).
  app.dialogs.openFiles.push(
    ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
      copyFileSync(join(lrmxFixtureDir, name), join(folder, name))
      return join(folder, name)
    }),
  )
  const preview = await dispatch<LrmxPreview>(core, 'personnel.previewLrmx')
  const imported = await dispatch<{ created: { id: string; name: string }[] }>(core, 'personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' })) })
  await dispatch(core, 'personnel.saveMatter', {
    cadreId: imported.created.find((cadre) => cadre.name === '张建国')!.id, topicId, actionType: 'appoint', proposedPost: '区发展改革委主任', postToRemove: '', unit: '', reasons: '', probation: false, integrityOpinion: null,
    consultationMeetingId: consultation.id, consultationItemId: consultation.items[0]!.id, appointmentDocNo: null,
    stages: { proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: consultation.date, noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null },
  })
  return meeting
}

const viewOf = (page: Page, member: string, candidate: string) => page.getByRole('radiogroup', { name: `${member}对${candidate}的意见` })

test('decides two candidates one by one in the meeting, seals the entry at 签发, and hides it from a user without the grant', async ({ app }) => {
  const folder = tempDir('yishi-pm-e2e-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seed(app, folder)

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await page.getByRole('button', { name: '进入会议记录' }).click()
    for (const name of names) await page.getByRole('radiogroup', { name: `${name}出席情况` }).getByRole('radio', { name: '出席' }).check()
    await expect(page.getByRole('heading', { name: '干部任免专用记录本' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '第1名 张建国' })).toBeVisible()
    // No speeches or item vote on a personnel item: the book's form replaces them.
    await expect(page.getByRole('heading', { name: '表决', exact: true })).toHaveCount(0)

    // A second candidate, added from the form without leaving the meeting.
    await page.getByRole('button', { name: '添加人选' }).click()
    await page.getByLabel('查找干部').fill('李秀英')
    await page.getByLabel('干部', { exact: true }).selectOption({ label: '李秀英（示例区教育局副局长）' })
    await page.getByLabel('拟任职务').fill('区民政局局长')
    await page.getByRole('button', { name: '加入本议题' }).click()
    await expect(page.getByRole('heading', { name: '第2名 李秀英' })).toBeVisible()

    // 张建国: every member agrees; the result is shown live before saving.
    for (const name of names) await viewOf(page, name, '张建国').getByRole('radio', { name: '同意', exact: true }).check()
    await expect(page.getByText(/同意 11 票.*超过半数须 6 票/u)).toBeVisible()
    await app.shot('personnel-meeting-01-first-candidate')
    await page.getByRole('button', { name: '保存张建国的表决结果' }).click()
    await expect(page.getByText(/2026年第1册第1号|年第1册第1号/u).first()).toBeVisible()

    // 李秀英: one member recuses (with the reason); the quorum is recomputed after the recusal.
    await page.getByRole('button', { name: '登记李秀英的表决' }).click()
    const form = page.getByRole('form', { name: '李秀英的表决' })
    await form.getByRole('row', { name: new RegExp(recused, 'u') }).getByRole('checkbox', { name: '回避' }).check()
    await form.getByLabel(`${recused}回避原因`).fill('系该人选的近亲属')
    await expect(form.getByText(/应到 11 人，实到 10 人/u)).toBeVisible()
    for (const name of names.filter((member) => member !== recused)) await viewOf(page, name, '李秀英').getByRole('radio', { name: '同意', exact: true }).check()
    await app.shot('personnel-meeting-02-recusal')
    await page.getByRole('button', { name: '保存李秀英的表决结果' }).click()
    await expect(page.getByText(/回避：周晓东（系该人选的近亲属）/u)).toBeVisible()

    // The item's outcome follows the book; the record keeps only the reference.
    await page.getByRole('button', { name: '通过', exact: true }).click()
    await expect(page.getByText(/决定内容：干部任免事项（详见专用记录本\d{4}年第1册第1号）/u)).toBeVisible()
    await app.shot('personnel-meeting-03-decided')

    await page.getByRole('button', { name: '结束会议' }).click()
    await page.getByRole('button', { name: '签发…' }).click()
    await page.getByRole('dialog', { name: '签发会议记录' }).getByRole('button', { name: '确认签发' }).click()
    await expect(page.getByRole('group', { name: '签发状态' })).toContainText('已签发 · 与签发时一致王秘书 签发于')
    await expect(page.getByText(/第1册第1号（已封存）/u)).toBeVisible()
    const entry = await dispatch<{ entry: BookEntryView | null }>(app.core, 'personnel.entryForItem', { agendaItemId: meeting.items[0]!.id })
    expect(entry.entry?.sealed).toMatchObject({ recorderName: '王秘书' })
    await app.shot('personnel-meeting-04-sealed')

    // A user without the grant: the reference and the outcome, no candidate.
    await dispatch(app.core, 'users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Start2026' })
    await page.getByRole('button', { name: '锁定', exact: true }).click()
    await unlock(page, 'jilu', 'Jilu#Start2026')
    await page.getByLabel('当前密码', { exact: true }).fill('Jilu#Start2026')
    await page.getByLabel('新密码', { exact: true }).fill('Jilu#Mine2026xy')
    await page.getByLabel('确认新密码', { exact: true }).fill('Jilu#Mine2026xy')
    await page.getByRole('button', { name: '修改密码' }).click()
    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await page.getByRole('button', { name: /进入会议记录|查看会议记录/u }).click()
    await expect(page.getByText(/^干部任免事项（详见专用记录本\d{4}年第1册第1号）$/u)).toBeVisible()
    await expect(page.getByText('议定结果：通过')).toBeVisible()
    await expect(page.getByText('张建国')).toHaveCount(0)
    await expect(page.getByText('李秀英')).toHaveCount(0)
    await app.shot('personnel-meeting-05-no-grant')
  } finally {
    removeDir(folder)
  }
})
