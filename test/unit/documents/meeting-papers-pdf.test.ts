import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { topicGuests } from '../../../electron/core/db/schema/main'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { docxRuns, docxToPdf, documentArtifacts, gbLayoutProblems, pdfFlowText, pdfWords, renderPages, scratchDir, textBlockBounds, toMm } from '../../support/pdf-layout'
import { previewToPdf } from '../../support/preview-pdf'
import { removeDir } from '../../support/vault'
import { recordedMeeting } from '../core/documents-fixture'
import { liveVault, type LiveVault } from '../core/live-fixture'

// 议程, 签到表 and 涉密材料分发回收登记表 exported as the user would and printed by
// LibreOffice: A4, the GB/T 9704 text block and page numbers, the 密级 and 份号, the fonts and
// sizes the .docx names; pages kept as PNGs in test/artifacts/documents to look at.

let lv: LiveVault
let meeting: MeetingDetail
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  meeting = await recordedMeeting(lv)
  const at = new Date('2026-03-10T01:00:00.000Z').toISOString()
  lv.core.context.session!.db.insert(topicGuests).values({ id: randomUUID(), topicId: meeting.items[0]!.topic.id, name: '周华', post: '区文化和旅游局局长', position: 0, createdAt: at, updatedAt: at }).run()
  folder = scratchDir('meeting-papers')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

type Kind = 'agenda' | 'signInSheet' | 'secretRegister'

async function printed(kind: Kind, name: string) {
  const path = join(folder, `${name}.docx`)
  lv.core.dialogs.saveFiles.push(path)
  expect(await lv.core.call('papers.exportDocument', { meetingId: meeting.id, kind })).toEqual({ path })
  const pdf = docxToPdf(path, join(folder, 'pdf'))
  renderPages(pdf, join(documentArtifacts, name), { lastPage: 2 })
  const pages = measured(pdf)
  return { bytes: readFileSync(path), text: pdfFlowText(pages), pages }
}

/** The pages of a PDF, checked against the GB/T 9704 text block and page numbers. */
function measured(pdf: string) {
  const pages = pdfWords(pdf)
  // A page that holds only a heading and a table starts at a cell's text, just inside the
  // table's left rule on the margin (28 mm plus the cell's padding, more for a centred 序号).
  const tableStart = /^第\d+页版心左边距(\d+\.\d)mm/u
  expect(gbLayoutProblems(pages).filter((problem) => !(Number(tableStart.exec(problem)?.[1] ?? 0) > 28 && Number(tableStart.exec(problem)?.[1]) < 31.5))).toEqual([])
  // Tables too stay inside the 156 mm text block.
  for (const page of pages) expect(toMm(textBlockBounds(page).xMax)).toBeLessThanOrEqual(28 + 156 + 1)
  return pages
}

describe('the papers of a meeting day as printed', () => {
  it('prints the 议程 with each item, its 汇报人 and 列席, under the 密级 and 份号', async () => {
    const { bytes, text } = await printed('agenda', 'meeting-agenda')
    for (const words of ['000001', '机密★10年', '2026年第1次区委常委会会议议程', '时间：2026年3月10日（星期二）上午9:00', '主持人：林书记', '全程列席：刘明（区委办公室副主任）', '一、关于全域旅游发展三年行动计划的汇报', '汇报人：区发展改革委李明（区发展改革委主任）', '列席：周华（区文化和旅游局局长）', '二、关于城区停车设施建设方案的汇报']) {
      expect(text).toContain(words)
    }
    const runs = await docxRuns(bytes)
    expect(runs.find((r) => r.text === '2026年第1次区委常委会会议议程')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(runs.find((r) => r.text === '机密★10年')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((r) => r.text === '一、关于全域旅游发展三年行动计划的汇报')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((r) => r.text === '汇报人：')).toMatchObject({ eastAsia: '黑体', size: 32 })
  })

  it('prints the 签到表: members by rank with 请假 filled, then the 列席 by item with arrival times', async () => {
    const { bytes, text } = await printed('signInSheet', 'meeting-sign-in')
    for (const words of ['2026年第1次区委常委会会议签到表', '一、应到会成员（11人）', '签名', '请假', '病假', '二、列席人员', '（一）全程列席', '到会时间', '刘明', '（二）议题一：关于全域旅游发展三年行动计划的汇报', '周华']) {
      expect(text).toContain(words)
    }
    // The rows as the model lays them out (pdftotext reads a table column by column).
    const model = await lv.core.call('papers.document', { meetingId: meeting.id, kind: 'signInSheet' })
    const tables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []))
    expect(tables.map((t) => t.columns)).toEqual([['序号', '姓名', '职务', '签名', '请假'], ...Array(2).fill(['序号', '姓名', '单位及职务', '到会时间', '签名'])])
    expect(tables[0]!.rows[0]).toEqual(['1', '林书记', '区委书记', '', ''])
    expect(tables[0]!.rows[10]).toEqual(['11', '冯部长', '区委常委、人武部部长', '', '病假'])
    expect(tables[2]!.rows).toEqual([['1', '周华', '区文化和旅游局局长', '', '']])
    const runs = await docxRuns(bytes)
    expect(runs.find((r) => r.text === '林书记')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 28 })
  })

  it('prints the 涉密材料分发回收登记表 with the 份号 of every copy and what came back', async () => {
    const issued = await lv.core.call('papers.issueSecretMaterial', { meetingId: meeting.id, itemId: meeting.items[0]!.id, title: '全域旅游发展三年行动计划（送审稿）', classification: { level: 'secret', years: 5 } })
    const copies = issued.materials[0]!.copies
    await lv.core.call('papers.markCopy', { copyId: copies[0]!.id, state: 'returned', note: null })
    await lv.core.call('papers.markCopy', { copyId: copies[1]!.id, state: 'settled', note: '已按规定销毁' })
    const { text } = await printed('secretRegister', 'meeting-secret-register')
    for (const words of ['秘密★5年', '2026年第1次区委常委会会议涉密材料分发回收登记表', '（一）全域旅游发展三年行动计划（送审稿）', '秘密★5年，共12份，议题一：关于全域旅游发展三年行动计划的汇报。', '领取签名', '收回签名', '备注', '已收回', '已按规定销毁', '000012周华']) {
      expect(text).toContain(words)
    }
    const model = await lv.core.call('papers.document', { meetingId: meeting.id, kind: 'secretRegister' })
    const table = model.blocks.find((b) => b.kind === 'table')!
    expect(table.kind === 'table' && table.rows.slice(0, 3)).toEqual([
      ['000001', '林书记', '', '10:00', '', '已收回'],
      ['000002', '陈区长', '', '', '', '已按规定销毁'],
      ['000003', '王副书记', '', '', '', ''],
    ])
  })

  it('prints the same three through the preview (导出PDF and 打印) on the same text block', async () => {
    await lv.core.call('papers.issueSecretMaterial', { meetingId: meeting.id, itemId: null, title: '停车设施建设方案（送审稿）', classification: { level: 'secret', years: null } })
    for (const kind of ['agenda', 'signInSheet', 'secretRegister'] as const) {
      const model = await lv.core.call('papers.document', { meetingId: meeting.id, kind })
      const pdf = await previewToPdf(model, join(folder, `preview-${kind}.pdf`))
      renderPages(pdf, join(documentArtifacts, `chromium-meeting-${kind}`), { lastPage: 2 })
      expect(pdfFlowText(measured(pdf))).toContain(model.documentTitle.slice(-6))
    }
  })
})
