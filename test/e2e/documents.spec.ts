import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedEndedMeeting } from './support/live-seed'
import { dispatch } from './support/dispatch'

// 会议文件 on the meeting page: the 会议记录 previewed as the printed page and exported
// where the user picks; the 会议通知 exported straight from its row.


test('会议文件: the 会议记录 previewed as the printed page and exported; the 会议通知 exported from its row', async ({ app }) => {
  const folder = tempDir('yishi-e2e-documents-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seedEndedMeeting(app.core)

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
