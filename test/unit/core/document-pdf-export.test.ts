import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../shared/documents/model'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { previewHtml } from '../../support/preview-pdf'
import { pdfText, pdfWords } from '../../support/pdf-layout'
import { decidedBook } from './personnel-documents-fixture'
import { bookVaults, type BookVault } from './personnel-fixture'

// 导出PDF and 打印 through the core: the same access as the .docx export (a session, the
// 干部任免 grant for personnel documents), nothing printed or written when refused; the
// PDF written where the user picked and audited with the folder only. The window the shell
// prints is a Chromium page showing the preview's HTML, as the app's window shows it.

const open = bookVaults()
let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions)
}, 60_000)
afterAll(() => browser.close())

/** The shell prints a page holding the model's preview, as the app's window would. */
async function showPreview(vault: BookVault, model: DocumentModel): Promise<void> {
  const page = await browser.newPage()
  await page.route('**/*', (route) => route.abort())
  await page.setContent(await previewHtml(model), { waitUntil: 'load' })
  vault.core.dialogs.window = { pdf: async (options) => page.pdf(options) }
}

const auditCount = (vault: BookVault) => (vault.core.context.session!.vault.mainSqlite.prepare('select count(*) as n from audit_log').get() as { n: number }).n

describe('导出PDF and 打印 of a personnel document', () => {
  it('writes the 专用记录本 page as a PDF where the user picked, audited with the folder only; 打印 is audited', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const model = await vault.core.call('personnelDocuments.entryPage', { entryId: book.entryId })
    await showPreview(vault, model)

    const target = join(vault.folder, '记录本页')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'pdf' })).toEqual({ path: `${target}.pdf` })
    // Written under a hidden name and renamed: nothing else is left beside it.
    expect(readdirSync(vault.folder).filter((name) => !name.endsWith('.lrmx'))).toEqual(['记录本页.pdf'])
    expect(readFileSync(`${target}.pdf`).subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfText(pdfWords(`${target}.pdf`))).toContain('第1册')
    const [exported] = await vault.core.call('audit.list', { limit: 1 })
    expect(exported).toMatchObject({ action: 'personnelDocuments.exportEntryPage', summary: `导出PDF《干部任免专用记录本2026年第1册第1号》到 ${vault.folder}（文件名不记入日志）` })

    // Cancelled in the print dialog: nothing audited. Printed: audited.
    const before = auditCount(vault)
    expect(await vault.core.call('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'print' })).toBeNull()
    expect(auditCount(vault)).toBe(before)
    vault.core.dialogs.printAnswers.push('printed')
    expect(await vault.core.call('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'print' })).toEqual({ printed: true })
    expect((await vault.core.call('audit.list', { limit: 1 }))[0]).toMatchObject({ summary: '打印《干部任免专用记录本2026年第1册第1号》' })

    // A printer that fails says so in Chinese; nothing is audited.
    const printed = auditCount(vault)
    vault.core.dialogs.print = () => Promise.reject(new Error('打印机脱机'))
    const failed = await vault.core.raw('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'print' })
    expect(failed).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: expect.stringContaining('未能打印（打印机脱机）') } })
    expect(auditCount(vault)).toBe(printed)

    // A window that cannot print: refused in Chinese, nothing written.
    vault.core.dialogs.window = null
    vault.core.dialogs.saveFiles.push(join(vault.folder, '另一份.pdf'))
    const noWindow = await vault.core.raw('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'pdf' })
    expect(noWindow).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: expect.stringContaining('未能打印成 PDF') } })
    expect(readdirSync(vault.folder).filter((name) => !name.endsWith('.lrmx'))).toEqual(['记录本页.pdf'])
    expect(auditCount(vault)).toBe(printed)
  }, 60_000)

  it('refuses without the 干部任免 grant, and without a session, before printing or asking where to save', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    await vault.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.lock')
    for (const output of ['pdf', 'print'] as const) {
      const locked = await vault.core.raw('personnelDocuments.exportEntryPage', { entryId: book.entryId, output })
      expect(locked).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } })
    }
    await vault.core.call('auth.unlock', { username: 'jilu', password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Jilu#Yuan2026x', newPassword: 'Jilu#Yuan2027y' })
    const before = auditCount(vault)
    vault.core.dialogs.saveFiles.push(join(vault.folder, '不应写入.pdf'))
    vault.core.dialogs.printAnswers.push('printed')
    for (const output of ['pdf', 'print'] as const) {
      const refused = await vault.core.raw('personnelDocuments.exportEntryPage', { entryId: book.entryId, output })
      expect(refused, output).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(vault.core.dialogs.requests.filter((r) => r.kind !== 'open')).toEqual([])
    expect(readdirSync(vault.folder).filter((name) => !name.endsWith('.lrmx'))).toEqual([])
    expect(auditCount(vault)).toBe(before)
  }, 60_000)

  it('refuses an output it does not know', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const bad = await vault.core.raw('personnelDocuments.exportEntryPage', { entryId: book.entryId, output: 'html' } as never)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('导出格式') } })
  }, 60_000)
})
