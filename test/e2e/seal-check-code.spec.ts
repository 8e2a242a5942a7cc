import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { MeetingDetail } from '../../shared/meetings/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedEndedMeeting } from './support/live-seed'
import { dispatch } from './support/dispatch'
import { seedSealedEntry } from './support/personnel-seed'

// Issue 17's seal display: a signed meeting's page says 「已签发 · 与签发时一致」 and shows the
// check code on demand (keyboard only), the same code the exported 会议记录 prints at its end;
// a sealed 专用记录本 entry the same with its page.

/** The 校验码 of an exported .docx, from its text as Word shows it. */
async function printedCode(path: string): Promise<string | null> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string')
  return /校验码：([0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4})/u.exec(xml.replace(/<[^>]+>/gu, ''))?.[1] ?? null
}

test('a signed meeting shows its seal and, on demand, the check code printed on its 会议记录', async ({ app }) => {
  const folder = tempDir('yishi-e2e-seal-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const meeting = await seedEndedMeeting(app.core)
    const signed = await dispatch<MeetingDetail>(app, 'meetings.sign', { id: meeting.id })

    await mainNav(page).getByRole('button', { name: '会议' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    const seal = page.getByRole('group', { name: '签发状态' })
    await expect(seal).toContainText('已签发 · 与签发时一致')
    // Not an alert: a normal signed record is no warning, and no SHA-256 on screen.
    await expect(seal.getByRole('alert')).toHaveCount(0)
    await expect(seal).not.toContainText(signed.sealHash!)
    await expect(seal.getByLabel('校验码')).toHaveCount(0)

    // By keyboard: Tab to 「显示校验码」, Enter.
    const toggle = seal.getByRole('button', { name: '显示校验码' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(seal.getByRole('button', { name: '隐藏校验码' })).toBeFocused()
    const shown = (await seal.getByLabel('校验码').textContent()) ?? ''
    expect(shown).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/u)
    expect(shown).toBe(signed.sealCheck!.checkCode)
    await seal.scrollIntoViewIfNeeded()
    await app.shot('seal-01-meeting-check-code')

    // The preview ends with the same line, and so does the exported .docx.
    const section = page.getByRole('region', { name: '会议文件' })
    await section.getByRole('button', { name: '预览会议记录' }).click()
    const dialog = page.getByRole('dialog', { name: `预览：${meeting.label}记录` })
    await expect(dialog.getByText(`校验码：${shown}`)).toBeVisible()
    await dialog.getByText(`校验码：${shown}`).scrollIntoViewIfNeeded()
    await app.shot('seal-02-record-preview')
    const path = join(folder, '会议记录.docx')
    app.dialogs.saveFiles.push(path)
    await dialog.getByRole('button', { name: '导出…' }).click()
    await expect(dialog.getByText(`已导出到 ${path}`)).toBeVisible()
    expect(await printedCode(path)).toBe(shown)
    await page.keyboard.press('Escape')

    // Changed behind the app's back (a trigger dropped, a decision rewritten in the file): red, another code.
    const sqlite = app.core.context.session!.vault.mainSqlite
    sqlite.exec('DROP TRIGGER agenda_items_sealed_update')
    sqlite.prepare('UPDATE agenda_items SET decision_text = ? WHERE id = ?').run('会议不同意2027年区级重点民生实事项目。', meeting.items[0]!.id)
    await page.getByRole('button', { name: '← 返回会议列表' }).click()
    await page.getByRole('button', { name: meeting.label }).click()
    await expect(seal).toContainText('已签发 · 签发后被改动')
    await expect(seal.getByRole('alert')).toContainText('请勿据此出具文件')
    await seal.getByRole('button', { name: '显示校验码' }).click()
    await expect(seal.getByLabel('校验码')).not.toHaveText(shown)
    await seal.scrollIntoViewIfNeeded()
    await app.shot('seal-04-meeting-changed')
  } finally {
    removeDir(folder)
  }
})

test('a sealed book entry shows its seal and the check code printed on its page', async ({ app }) => {
  const folder = tempDir('yishi-e2e-entry-seal-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    const entry = await seedSealedEntry(app, folder, '周晓东')

    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await page.getByRole('tab', { name: '专用记录本' }).click()
    await page.getByRole('button', { name: '第1号' }).click()
    const dialog = page.getByRole('dialog', { name: /干部任免专用记录本 \d{4}年第1册第1号/u })
    const seal = dialog.getByRole('group', { name: '签发状态' })
    await expect(seal).toContainText('已签发 · 与签发时一致')
    await seal.getByRole('button', { name: '显示校验码' }).focus()
    await page.keyboard.press('Enter')
    const shown = (await seal.getByLabel('校验码').textContent()) ?? ''
    expect(shown).toBe(entry.sealed!.check.checkCode)
    await seal.scrollIntoViewIfNeeded()
    await app.shot('seal-03-book-entry-check-code')

    await dialog.getByRole('button', { name: '生成记录本页' }).click()
    const pageDialog = page.getByRole('dialog', { name: /干部任免专用记录本 \d{4}年第1册第1号/u }).last()
    await expect(pageDialog.getByText(`校验码：${shown}`)).toBeVisible()
    const path = join(folder, '记录本页.docx')
    app.dialogs.saveFiles.push(path)
    await pageDialog.getByRole('button', { name: '导出…' }).click()
    await expect(pageDialog.getByText(path)).toBeVisible()
    expect(await printedCode(path)).toBe(shown)
  } finally {
    removeDir(folder)
  }
})
