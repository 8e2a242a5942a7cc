import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { localDay } from '../../shared/calendar/local-day'
import type { LrmxImportResult, LrmxPreview, MatterView } from '../../shared/personnel/views'
import { removeDir, tempDir } from '../support/vault'
import { lrmxFixtureDir } from '../support/fixtures'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedDecidedCandidate } from './support/personnel-seed'
import { dispatch } from './support/dispatch'

// The personnel documents from the register: two decided matters (a promotion and a
// retirement), the retirement's 任免通知 previewed and exported with its number recorded
// in the register, the promotion's 任前公示 previewed, and a book entry's page.

async function seed(app: AppHarness, folder: string): Promise<void> {
  app.dialogs.openFiles.push(
    ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
      copyFileSync(join(lrmxFixtureDir, name), join(folder, name))
      return join(folder, name)
    }),
  )
  const preview = await dispatch<LrmxPreview>(app, 'personnel.previewLrmx')
  const imported = await dispatch<LrmxImportResult>(app, 'personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' })) })
  const id = (name: string) => imported.created.find((cadre) => cadre.name === name)!.id
  const { meeting, matter } = await seedDecidedCandidate(app.core, id('张建国'))
  const retire = await dispatch<MatterView>(app, 'personnel.saveMatter', { cadreId: id('李秀英'), topicId: matter.topicId, actionType: 'retire', postToRemove: '示例区教育局付局长', stages: {} })
  const members = meeting.members.map((member) => member.personId)
  await dispatch(app, 'personnel.decideCandidate', { meetingId: meeting.id, agendaItemId: meeting.items[0]!.id, matterId: retire.id, voteMethod: 'hands', views: members.map((memberId) => ({ memberId, view: 'agree' })) })
}

test('previews and exports a 任免通知 from the register, previews a 任前公示 and a book page', async ({ app }) => {
  const folder = tempDir('yishi-personnel-docs-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    await seed(app, folder)
    const page = app.page
    const year = localDay(app.clock.now()).slice(0, 4)

    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await page.getByRole('tab', { name: '台账' }).click()
    await page.getByRole('checkbox', { name: '选择李秀英（退休）' }).check()
    await page.getByRole('button', { name: '生成任免通知' }).click()
    const number = page.getByLabel('发文字号', { exact: true })
    await expect(number).toHaveValue(`示区委〔${year}〕`)
    await page.getByRole('button', { name: '预览' }).click()
    await expect(page.getByRole('alert')).toContainText('发文字号应为')
    await app.shot('personnel-documents-00-appointment-form')
    await number.fill(`示区委〔${year}〕15号`)
    await number.press('Enter')
    const preview = page.getByRole('dialog', { name: '干部任免通知' })
    await expect(preview.getByText('关于李秀英同志职务任免的通知')).toBeVisible()
    await expect(preview.getByText('区委决定：')).toBeVisible()
    await expect(preview.getByText('免去李秀英同志的示例区教育局副局长职务。')).toBeVisible()
    await app.shot('personnel-documents-01-appointment-preview')

    const target = join(folder, '任免通知.docx')
    app.dialogs.saveFiles.push(target)
    await preview.getByRole('button', { name: '导出…' }).click()
    await expect(preview.getByText(target)).toBeVisible()
    expect(existsSync(target)).toBe(true)
    await app.shot('personnel-documents-02-appointment-exported')
    const [li] = await dispatch<MatterView[]>(app, 'personnel.searchRegister', { name: '秀英' })
    expect(li).toMatchObject({ appointmentDocNo: `示区委〔${year}〕15号` })
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')

    // The promotion: the 任前公示 starts the next working day and runs 5 working days.
    await page.getByRole('checkbox', { name: '选择李秀英（退休）' }).uncheck()
    await page.getByRole('checkbox', { name: '选择张建国（任职/提拔）' }).check()
    await page.getByRole('button', { name: '生成任前公示' }).click()
    await expect(page.getByLabel('公示开始日期', { exact: true })).not.toHaveValue('')
    await page.getByRole('button', { name: '预览' }).click()
    const notice = page.getByRole('dialog', { name: '任前公示' })
    await expect(notice.getByText('干部任前公示')).toBeVisible()
    await expect(notice.getByText(/张建国，男，汉族，1982年3月出生/u)).toBeVisible()
    await expect(notice.getByText('举报电话：12380')).toBeVisible()
    await app.shot('personnel-documents-03-notice-preview')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')

    // A book entry: its page in the book's template.
    await page.getByRole('tab', { name: '专用记录本' }).click()
    await page.getByRole('button', { name: '第1号' }).click()
    await page.getByRole('button', { name: '生成记录本页' }).click()
    const entryPage = page.getByRole('dialog', { name: /干部任免专用记录本 \d{4}年第1册第1号/u }).last()
    await expect(entryPage.getByText('主持人（签字）')).toBeVisible()
    await app.shot('personnel-documents-04-entry-page')
  } finally {
    removeDir(folder)
  }
})
