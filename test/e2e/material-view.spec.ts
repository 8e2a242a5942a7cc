import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { seriousViolations } from './support/axe'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, openLiveScreenOf, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'
import { writeReportDocx, writeScannedPdf } from '../support/material-documents'

// 查看 a topic's material inside the app, read-only: from the live screen's item (a PDF drawn by
// pdf.js, a .docx as HTML) and from the topic itself (an image).

const chineseDateOf = (date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

test('a material opens read-only in the app from the live screen’s item and from its topic', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  const seed = await seedLiveMeeting(app.core)
  const topic = seed.meeting.items[0]!.topic
  const folder = mkdtempSync(join(tmpdir(), 'yishi-e2e-view-'))
  const report = await writeReportDocx(join(folder, '工作汇报.docx'), '关于有关工作情况的汇报', ['全年新建加压泵站3座，改造供水管网126公里，受益人口21.3万人。'])
  const scan = writeScannedPdf(join(folder, '项目批复（扫描件）.pdf'))
  const photo = join(folder, '现场照片.png')
  writeFileSync(photo, tinyPng)
  app.dialogs.openFiles.push([report, scan, photo])
  await dispatch(app.core, 'topics.addMaterials', { topicId: topic.id })

  await openLiveScreenOf(page, seed.meeting)
  // The live screen's item lists its topic's materials; a PDF is drawn page by page.
  await page.getByRole('button', { name: '查看材料：项目批复（扫描件）.pdf' }).click()
  let viewer = page.getByRole('dialog', { name: '查看材料：项目批复（扫描件）.pdf' })
  await expect(viewer.getByRole('img', { name: '项目批复（扫描件）.pdf 第 1 页' })).toBeVisible()
  await expect(viewer.getByText('共 1 页')).toBeVisible()
  // The page was drawn (not left blank): some pixel is not white.
  const drawn = await viewer.locator('canvas').evaluate((canvas) => {
    const context = (canvas as unknown as { getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }).getContext('2d')
    const { width, height } = canvas as unknown as { width: number; height: number }
    return context.getImageData(0, 0, width, height).data.some((value, index) => index % 4 !== 3 && value < 250)
  })
  expect(drawn).toBe(true)
  await app.shot('material-view-01-pdf-live-1366')
  await viewer.getByRole('button', { name: '关闭' }).click()

  await page.getByRole('button', { name: '查看材料：工作汇报.docx' }).click()
  viewer = page.getByRole('dialog', { name: '查看材料：工作汇报.docx' })
  await expect(viewer.getByRole('article')).toContainText('全年新建加压泵站3座，改造供水管网126公里')
  await app.shot('material-view-02-docx-live-1366')
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(viewer).toHaveCount(0)

  // From the topic (议题库 → the topic → 汇报材料 → 查看).
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('tab', { name: '议题库' }).click()
  // 议题库: found by a word of its title, with the day it went to a meeting.
  await page.getByLabel('议题名称').fill(topic.title.slice(2, 6))
  const rows = page.getByRole('table', { name: '议题列表' }).locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(chineseDateOf(seed.meeting.date))
  await app.shot('material-view-03-topics-search-1366')
  await page.getByRole('button', { name: topic.title }).first().click()
  const detail = page.getByRole('dialog', { name: new RegExp(topic.title, 'u') })
  await detail.getByRole('button', { name: '查看：现场照片.png' }).click()
  viewer = page.getByRole('dialog', { name: '查看材料：现场照片.png' })
  await expect(viewer.getByRole('img', { name: '现场照片.png' })).toBeVisible()
  await app.shot('material-view-04-image-topic-1366')
})
