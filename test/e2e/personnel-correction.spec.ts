import type { Page } from '@playwright/test'
import type { BookEntrySummary, BookEntryView } from '../../shared/personnel/views'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { seedSealedEntry } from './support/personnel-seed'
import { createVault, mainNav, unlock } from './support/flows'

// A correction entry (更正记录) of a sealed entry in the 干部任免专用记录本: a refusal without
// a reason that writes nothing, then one member's view corrected; the new entry refers to
// the original, which stays as sealed and shows that it was corrected.

const recused = '周晓东'

const viewOf = (page: Page, member: string, candidate: string) => page.getByRole('radiogroup', { name: `${member}对${candidate}的意见` })

test('corrects a sealed entry with a new entry that refers to it, and refuses a correction without a reason', async ({ app }) => {
  const folder = tempDir('yishi-correction-e2e-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const original = await seedSealedEntry(app, folder, recused)
    const page = app.page
    const year = original.bookYear

    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await page.getByRole('tab', { name: '专用记录本' }).click()
    await page.getByRole('button', { name: '第1号' }).click()
    const entryDialog = page.getByRole('dialog', { name: `干部任免专用记录本 ${year}年第1册第1号` })
    await entryDialog.getByRole('button', { name: '更正…' }).click()

    // Prefilled from the original: the seal's names, every view, the recusal with its reason.
    const dialog = page.getByRole('dialog', { name: `更正 ${year}年第1册第1号` })
    await expect(dialog.getByText(/原记录\d{4}年第1册第1号保持封存时的样子/u)).toBeVisible()
    await expect(dialog.getByLabel('记录人')).toHaveValue('王秘书')
    await expect(dialog.getByLabel('主持人')).not.toHaveValue('')
    await expect(viewOf(page, '孙立新', '张建国').getByRole('radio', { name: /^(✓ )?同意$/u })).toBeChecked()
    await expect(dialog.getByLabel(`${recused}回避原因`)).toHaveValue('系该人选的近亲属')
    await expect(dialog.getByText('请填写更正原因')).toBeVisible()

    // No reason: core refuses in Chinese, nothing is written.
    await dialog.getByRole('button', { name: '保存并封存更正记录' }).click()
    await expect(dialog.getByRole('alert')).toContainText('更正原因')
    await dialog.getByRole('alert').scrollIntoViewIfNeeded()
    await app.shot('personnel-correction-00-refused')
    expect(await dispatch<BookEntrySummary[]>(app, 'personnel.listEntries', {})).toHaveLength(1)

    // Leaving every candidate out is shown before the click.
    await dialog.getByRole('checkbox', { name: '列入更正记录' }).first().uncheck()
    await dialog.getByRole('checkbox', { name: '列入更正记录' }).last().uncheck()
    await expect(dialog.getByText('更正记录至少要包含一名人选')).toBeVisible()
    await dialog.getByRole('checkbox', { name: '列入更正记录' }).first().check()

    // 孙立新's view on 张建国 was recorded as 同意 by mistake: corrected to 不同意, counted live.
    await dialog.getByLabel('更正原因（必填）').fill('孙立新同志对张建国的意见误记为同意，经核对会议录音应为不同意')
    await viewOf(page, '孙立新', '张建国').getByRole('radio', { name: '不同意', exact: true }).check()
    await expect(dialog.getByText(/同意 10 票、不同意 1 票、缓议 0 票/u)).toBeVisible()
    await expect(dialog.getByText('可以保存：各人选的到会人数和表决结果符合规则。')).toBeVisible()
    await expect(dialog.getByRole('alert')).toHaveCount(0)
    await app.shot('personnel-correction-01-dialog')
    await dialog.getByRole('button', { name: '保存并封存更正记录' }).scrollIntoViewIfNeeded()
    await app.shot('personnel-correction-01b-dialog-end')
    await dialog.getByRole('button', { name: '保存并封存更正记录' }).click()

    // The new entry, sealed, refers to the original; the original shows it was corrected.
    const correction = page.getByRole('dialog', { name: `干部任免专用记录本 ${year}年第1册第2号` })
    await expect(correction.getByText(/本条更正\d{4}年第1册第1号。更正原因：孙立新同志对张建国的意见误记为同意/u)).toBeVisible()
    await expect(correction.getByRole('row', { name: /孙立新/u })).toContainText('不同意')
    await expect(correction.getByRole('heading', { name: /李秀英/u })).toHaveCount(0)
    await expect(correction.getByText(/主持人：/u)).toBeVisible()
    await app.shot('personnel-correction-02-new-entry')
    await correction.getByRole('button', { name: `${year}年第1册第1号`, exact: true }).click()
    await expect(entryDialog.getByText(new RegExp(`本条已由${year}年第1册第2号更正，原记录保留不变。`, 'u'))).toBeVisible()
    await expect(entryDialog.getByRole('row', { name: /孙立新/u }).first()).toContainText('同意')
    await expect(entryDialog.getByRole('row', { name: /孙立新/u }).first()).not.toContainText('不同意')
    await page.keyboard.press('Escape')
    await expect(entryDialog).toHaveCount(0)
    const bookRow = (number: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) })
    await expect(bookRow('第2号')).toContainText(`更正${year}年第1册第1号`)
    await expect(bookRow('第1号')).toContainText(`已由${year}年第1册第2号更正`)
    await app.shot('personnel-correction-03-book')

    const entries = await dispatch<BookEntrySummary[]>(app, 'personnel.listEntries', {})
    expect(entries.find((entry) => entry.number === 2)).toMatchObject({ correctsEntryId: original.id, sealed: { recorderName: '王秘书' } })
    expect((await dispatch<BookEntryView>(app, 'personnel.getEntry', { id: original.id })).sealed?.sealHash).toBe(original.sealed?.sealHash)
  } finally {
    removeDir(folder)
  }
})
