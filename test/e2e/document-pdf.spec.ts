import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { colophonPlacement, headPlacement, textBlockBottomMm } from '../support/gongwen-placement'
import { documentArtifacts, gbLayoutProblems, isA4, pageNumberPlacement, pdfText, pdfWords, renderPages } from '../support/pdf-layout'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'
import { seedEndedMeeting } from './support/live-seed'

// 导出PDF… and 打印… in a document preview: the app's window printed (here by Chromium's
// page.pdf, in the app by Electron's printToPDF) with the preview's print stylesheet, the
// PDF written where the user picked and measured as GB/T 9704 asks; the print dialog's
// answer shown and audited.

test('会议纪要: 导出PDF… writes the preview\'s sheets as an A4 公文 PDF; 打印… goes to the print dialog', async ({ app }) => {
  const folder = tempDir('yishi-e2e-pdf-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seedEndedMeeting(app.core)
    await dispatch(app, 'minutes.draft', { meetingId: meeting.id })

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    const section = page.getByRole('region', { name: '会议文件' })
    await section.getByRole('button', { name: '预览会议纪要' }).click()
    const dialog = page.getByRole('dialog', { name: `预览：${meeting.label}纪要` })
    await expect(dialog.getByLabel(/会议纪要（预览）$/u)).toBeVisible()

    // Keyboard: Tab from 导出… reaches 导出PDF….
    await dialog.getByRole('button', { name: '导出…' }).focus()
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name: '导出PDF…' })).toBeFocused()
    await app.shot('document-pdf-01-preview')

    const pdfPath = join(folder, '纪要.pdf')
    app.dialogs.saveFiles.push(pdfPath)
    await page.keyboard.press('Enter')
    await expect(dialog.getByText(`已导出PDF到 ${pdfPath}`)).toBeVisible()
    expect(app.dialogs.requests.filter((r) => r.kind === 'save').at(-1)?.title).toBe('导出PDF：会议纪要')
    // Written beside the target and renamed: nothing else is left in the folder.
    expect(readdirSync(folder)).toEqual(['纪要.pdf'])

    const pages = pdfWords(pdfPath)
    renderPages(pdfPath, join(documentArtifacts, 'e2e-minutes-pdf'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(pages.every(isA4)).toBe(true)
    expect(gbLayoutProblems(pages)).toEqual([])
    const text = pdfText(pages)
    expect(text).toContain('会议纪要')
    expect(text).toContain('会议原则同意2027年区级重点民生实事项目')
    // Only the sheets print: none of the app around the dialog.
    expect(text).not.toContain('会议文件')
    expect(text).not.toContain('导出PDF')
    for (const sheet of pages) expect(pageNumberPlacement(sheet)?.side).toBe(sheet.number % 2 === 1 ? 'right' : 'left')
    const head = headPlacement(pdfPath, pages, '', null)!
    expect(Math.abs(head.markTopMm - 35)).toBeLessThanOrEqual(1)
    expect(Math.abs(head.redRule!.widthMm - 156)).toBeLessThanOrEqual(0.5)
    const colophon = colophonPlacement(pdfPath, pages)!
    expect(colophon.page % 2).toBe(0)
    expect(Math.abs(colophon.lastRuleMm - textBlockBottomMm)).toBeLessThanOrEqual(1)

    // 打印…: cancelled in the print dialog changes nothing; printed is said and audited.
    await dialog.getByRole('button', { name: '打印…' }).click()
    await expect(dialog.getByRole('button', { name: '打印…' })).toBeEnabled()
    await expect(dialog.getByText('已送打印机。')).toHaveCount(0)
    app.dialogs.printAnswers.push('printed')
    await dialog.getByRole('button', { name: '打印…' }).click()
    await expect(dialog.getByText('已送打印机。')).toBeVisible()
    await app.shot('document-pdf-02-printed')

    const audit = await dispatch<{ action: string; summary: string }[]>(app, 'audit.list', { limit: 2 })
    expect(audit.map((entry) => entry.summary)).toEqual([`打印《${meeting.label}纪要》`, `导出PDF《${meeting.label}纪要》到 ${pdfPath}`])
    expect(existsSync(pdfPath)).toBe(true)
  } finally {
    removeDir(folder)
  }
})

test('设置 → 公文 shows which official fonts this machine has and the font each part prints in', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await openSettingsTab(page, '公文')
  const panel = page.getByRole('region', { name: '字体' })
  const table = panel.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(5)
  // This machine (as most Linux build machines) has none of the official fonts but Noto CJK.
  const body = table.getByRole('row', { name: /正文/u })
  await expect(body.getByRole('cell').nth(1)).toHaveText('仿宋_GB2312')
  await expect(body.getByRole('cell').nth(2)).toHaveText(/已安装|未安装/u)
  const installed = (await body.getByRole('cell').nth(2).textContent()) === '已安装'
  await expect(body.getByRole('cell').nth(4)).toHaveText(installed ? '仿宋_GB2312' : /^(?!仿宋_GB2312$).+/u)
  await expect(panel.getByRole('status')).toContainText(installed ? '规定字体均已安装' : '本机缺少')
  await panel.getByRole('button', { name: '重新检查' }).focus()
  await page.keyboard.press('Enter')
  await expect(table.getByRole('row')).toHaveCount(5)
  await panel.scrollIntoViewIfNeeded()
  await app.shot('document-fonts-panel')
})
