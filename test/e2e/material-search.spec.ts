import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChannelInput, Channel } from '../../shared/ipc/contract'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { writeReportDocx, writeScannedPdf } from '../support/material-documents'

async function call<C extends Channel>(app: AppHarness, channel: C, input: ChannelInput<C>) {
  const result = await app.core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

test('search: a word from inside a material finds it as 材料 and opens its topic, where a scan is marked 无文字层', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()

  const [standing] = (await call(app, 'bodies.list', undefined as never)) as { id: string }[]
  const topic = (await call(app, 'topics.save', {
    bodyId: standing!.id,
    title: '关于城乡供水一体化工程建设情况的汇报',
    category: 'general',
    proposingUnit: '县水利局',
    presenter: '赵刚（县水利局局长）',
    leaderInChargeId: null,
    leaderSignedOffOn: null,
    summary: null,
    consultationItemId: null,
    guests: [],
  })) as { id: string }
  const folder = mkdtempSync(join(tmpdir(), 'yishi-e2e-materials-'))
  const report = await writeReportDocx(join(folder, '城乡供水一体化工程汇报.docx'), '关于城乡供水一体化工程建设情况的汇报', [
    '今年以来，县水利局统筹推进城乡供水一体化工程，新建加压泵站3座，改造供水管网126公里。',
    '农村饮水安全巩固提升工程覆盖全县14个乡镇、186个行政村，受益人口21.3万人。',
  ])
  const scan = writeScannedPdf(join(folder, '项目批复（扫描件）.pdf'))
  app.dialogs.openFiles.push([report, scan])
  await call(app, 'topics.addMaterials', { topicId: topic.id })
  // The text is read in the background, on the app's worker thread.
  await materialTextsSettled(app.core.context.session!)

  const box = page.getByRole('searchbox', { name: '搜索会议记录' })
  const materials = page.getByRole('region', { name: /^材料/u })
  await box.fill('饮水安全巩固')
  await box.press('Enter')
  await expect(materials.getByRole('button')).toHaveCount(1)
  const hit = materials.getByRole('button', { name: /城乡供水一体化工程汇报\.docx/u })
  await expect(hit).toContainText('议题《关于城乡供水一体化工程建设情况的汇报》')
  await expect(hit.locator('mark').last()).toHaveText('饮水安全巩固')
  await app.shot('material-search-01-results')

  await hit.click()
  // The topic opens with its materials; the scan has no text to search.
  const detail = page.getByRole('dialog', { name: /关于城乡供水一体化工程建设情况的汇报/u })
  await expect(detail.getByRole('rowheader', { name: /城乡供水一体化工程汇报\.docx/u })).toBeVisible()
  await expect(detail.getByRole('rowheader', { name: /项目批复（扫描件）\.pdf/u })).toContainText('无文字层')
  await app.shot('material-search-02-topic')

  // A scan added from the open topic is marked as soon as the background pass has read it.
  app.dialogs.openFiles.push([writeScannedPdf(join(folder, '会议纪要（扫描件）.pdf'))])
  await detail.getByRole('button', { name: '添加材料…' }).click()
  await expect(detail.getByRole('rowheader', { name: /会议纪要（扫描件）\.pdf/u })).toContainText('无文字层')
})
