import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { MeetingDetail } from '../../shared/meetings/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedEndedMeeting } from './support/live-seed'
import { dispatch } from './support/dispatch'


test('the 会议纪要: drafted from the record, edited, approved, signed off (sealing the meeting) and exported', async ({ app }) => {
  const folder = tempDir('yishi-e2e-minutes-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seedEndedMeeting(app.core)

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await page.getByRole('button', { name: '会议纪要', exact: true }).click()
    await expect(page.getByRole('heading', { name: `${meeting.label}纪要`, level: 1 })).toBeVisible()
    await expect(page.getByText('尚未起草纪要')).toBeVisible()
    await app.shot('minutes-01-none')

    await page.getByRole('button', { name: '起草纪要' }).click()
    await expect(page.getByText('已依据会议记录起草纪要。')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('第1期')
    const firstSection = page.getByLabel('正文（每行一段）').first()
    await expect(firstSection).toHaveValue(/会议原则同意2027年区级重点民生实事项目。/u)
    await expect(firstSection).toHaveValue(/会议要求，由李明远同志牵头，区发展改革局负责，于2026年12月31日前抓好落实。/u)
    await expect(page.getByLabel('出席', { exact: true })).toHaveValue(/^张国华、李明远/u)
    await app.shot('minutes-02-drafted')

    // Edit a sentence; leaving the field saves it.
    const edited = (await firstSection.inputValue()).replace('会议原则同意2027年区级重点民生实事项目。', '会议原则同意2027年区级重点民生实事项目，要求优先保障养老和托育项目。')
    await firstSection.fill(edited)
    await expect(page.getByText('有未保存的修改（离开输入框时自动保存）')).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.getByText('已保存', { exact: true })).toBeVisible()
    await page.getByLabel('分送', { exact: true }).scrollIntoViewIfNeeded()
    await app.shot('minutes-02b-editor-bottom')
    const saved = await dispatch<{ minutes: { content: { sections: { paragraphs: string[] }[] } } }>(app, 'minutes.get', { meetingId: meeting.id })
    expect(saved.minutes.content.sections[0]!.paragraphs).toContain('会议原则同意2027年区级重点民生实事项目，要求优先保障养老和托育项目。')

    await page.getByRole('tab', { name: '预览' }).click()
    await expect(page.getByText('要求优先保障养老和托育项目')).toBeVisible()
    await app.shot('minutes-03-preview')

    // 审核通过, with its confirmation.
    await page.getByRole('button', { name: '审核通过' }).click()
    const review = page.getByRole('dialog', { name: '审核通过' })
    await expect(review).toBeVisible()
    await review.getByRole('button', { name: '审核通过' }).click()
    await expect(page.getByText('纪要已审核通过，可以签发。')).toBeVisible()
    await expect(page.getByRole('tab', { name: '编辑' })).toHaveCount(0)

    // 签发 warns that it seals the meeting, then does.
    await page.getByRole('button', { name: '签发', exact: true }).click()
    const issue = page.getByRole('dialog', { name: '签发纪要' })
    await expect(issue.getByText(/签发纪要将同时签发并封存会议记录/u)).toBeVisible()
    await app.shot('minutes-04-issue-dialog')
    await issue.getByRole('button', { name: '确认签发' }).click()
    await expect(page.getByText('纪要已签发。')).toBeVisible()
    await expect(page.getByText('会议记录：已签发')).toBeVisible()
    const signed = await dispatch<MeetingDetail>(app, 'meetings.get', { id: meeting.id })
    expect(signed).toMatchObject({ status: 'signed', signedByName: '王秘书', sealIntact: true })
    await app.shot('minutes-05-issued')

    // 导出… to the file the user picks.
    const target = join(folder, `${meeting.label}纪要.docx`)
    app.dialogs.saveFiles.push(target)
    await page.getByRole('button', { name: '导出…' }).click()
    await expect(page.getByText(`已导出到 ${target}`)).toBeVisible()
    expect(existsSync(target)).toBe(true)

    // Back on the meeting: signed and sealed.
    await page.getByRole('button', { name: '← 返回会议' }).click()
    await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
    await expect(page.getByText(/王秘书 签发于/u)).toBeVisible()
    await app.shot('minutes-06-meeting-signed')
    expect(app.outsideRequests).toEqual([])
  } finally {
    removeDir(folder)
  }
})
