import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog } from '../../../electron/core/db/schema/main'
import { removeDir, tempDir } from '../../support/vault'
import { docxRuns, docxToPdf, documentArtifacts, isA4, pageNumberPlacement, pdfText, pdfWords, renderPages, scratchDir, textBlockBounds, toMm } from '../../support/pdf-layout'
import { colophonPlacement, headPlacement, textBlockBottomMm } from '../../support/gongwen-placement'
import { liveVault, type LiveVault } from '../core/live-fixture'
import { endedMeeting } from '../core/minutes-fixture'

// An issued 纪要 exported and printed by LibreOffice: A4, the text block where GB/T 9704
// puts it, the red mark and 第×期, the body's decision sentences, 出席：, Chinese dates,
// "— N —" page numbers; the .docx names the fonts and sizes. The pages are kept as PNGs.

let lv: LiveVault
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  folder = tempDir('yishi-minutes-pdf-')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

describe('the 会议纪要 as printed', () => {
  it('prints in the 纪要 layout on A4 with the GB/T 9704 text block and page numbers', async () => {
    const meeting = await endedMeeting(lv)
    const drafted = (await lv.core.call('minutes.draft', { meetingId: meeting.id })).minutes!
    // Long enough for a second page, to see the even page's number on the left.
    const more = Array.from({ length: 9 }, (_, i) => `会议强调，第${i + 1}项措施要明确责任单位和完成时限，加强统筹协调，定期调度推进，确保各项任务按期完成，重要情况及时向区委报告。`)
    const content = { ...drafted.content, sections: drafted.content.sections.map((s, i) => (i === 0 ? { ...s, paragraphs: [...s.paragraphs, ...more] } : s)), copyNumber: '000007' }
    await lv.core.call('minutes.update', { meetingId: meeting.id, content })
    await lv.core.call('minutes.review', { meetingId: meeting.id })
    await lv.core.call('minutes.issue', { meetingId: meeting.id })
    const target = join(folder, '2026年第1次常委会会议纪要.docx')
    lv.core.dialogs.saveFiles.push(target)
    expect(await lv.core.call('minutes.export', { meetingId: meeting.id })).toEqual({ path: target })

    const docx = readFileSync(target)
    // The issued 纪要 gives the same file every time (fixed document properties).
    const again = join(folder, 'again.docx')
    lv.core.dialogs.saveFiles.push(again)
    await lv.core.call('minutes.export', { meetingId: meeting.id })
    expect(readFileSync(again).equals(docx)).toBe(true)
    const exports = lv.core.context.session!.db.select().from(auditLog).where(eq(auditLog.action, 'minutes.export')).all()
    expect(exports.map((entry) => [entry.userName, entry.summary])).toEqual([
      ['王秘书', `导出《2026年第1次常委会会议纪要》到 ${target}`],
      ['王秘书', `导出《2026年第1次常委会会议纪要》到 ${again}`],
    ])
    const pdf = docxToPdf(target, scratchDir('minutes'))
    const pages = pdfWords(pdf)
    mkdirSync(documentArtifacts, { recursive: true })
    renderPages(pdf, join(documentArtifacts, 'minutes'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    for (const page of pages.filter((p) => p.lines.some((line) => toMm(line.yMin) < 200))) {
      expect(isA4(page)).toBe(true)
      const bounds = textBlockBounds(page)
      // The body starts 28 mm from the left edge and stays inside the 156 mm wide block.
      expect(Math.abs(toMm(bounds.xMin) - 28)).toBeLessThanOrEqual(1)
      expect(toMm(bounds.xMax)).toBeLessThanOrEqual(28 + 156 + 1)
      expect(toMm(bounds.yMax)).toBeLessThanOrEqual(37 + 225 + 1)
    }
    // The first line (the 份号 top left) sits in the first of the 22 line slots below the 37 mm top margin.
    const top = pages[0]!.lines[0]!
    expect(toMm(top.yMin)).toBeGreaterThanOrEqual(37 - 1)
    expect(toMm(top.yMax)).toBeLessThanOrEqual(37 + 225 / 22 + 1)
    const first = pageNumberPlacement(pages[0]!)
    const second = pageNumberPlacement(pages[1]!)
    // 4号 "— N —" about 7 mm below the block: odd pages right, even pages left, one character in.
    expect(first).toMatchObject({ side: 'right' })
    expect(second).toMatchObject({ side: 'left' })
    expect(Math.abs(first!.belowTextBlockMm - 7)).toBeLessThanOrEqual(1.5)
    expect(first!.rightMm).toBeLessThan(26 + 7)
    expect(second!.leftMm).toBeLessThan(28 + 7)

    const text = pdfText(pages)
    for (const expected of [
      '000007',
      '机密★10年',
      '中共示例区委常委会会议纪要',
      '第1期',
      '中共示例区委办公室',
      '2026年3月10日，区委书记林书记在区委常委会议室主持召开2026年第1次区委常委会会议，研究了以下事项。',
      '一、关于全域旅游发展三年行动计划',
      '会议原则同意全域旅游发展三年行动计划。',
      '由吴区长同志牵头，区文旅局负责，于2026年12月31日前抓好落实。',
      '二、关于城区停车场建设的方案',
      '会议决定，该议题暂缓研究',
      '出席：林书记、陈区长',
      '请假：郑主任（病假）、冯部长（病假）',
      '分送：',
      '2026年3月10日印发',
    ]) {
      expect(text.replace(/\n/gu, '')).toContain(expected)
    }
    expect(pdfText([pages[0]!])).toMatch(/— ?1 ?—/u)
    // GB/T 9704 10.3 and 7.2.3: the 纪要标志 35 mm below the text block's top; the red rule 156 mm.
    const head = headPlacement(pdf, pages, '中共示例区委常委会会议纪要', null)!
    expect(Math.abs(head.markTopMm - 35)).toBeLessThanOrEqual(1)
    expect(Math.abs(head.redRule!.widthMm - 156)).toBeLessThanOrEqual(0.5)
    // 7.4.1: the 版记 on the foot of the last page, an even one; its rules the full 156 mm; 分送 ends with 「。」.
    const colophon = colophonPlacement(pdf, pages)!
    expect(colophon.page % 2).toBe(0)
    expect(Math.abs(colophon.lastRuleMm - textBlockBottomMm)).toBeLessThanOrEqual(1)
    expect(colophon.rules).toHaveLength(3)
    for (const rule of colophon.rules) expect(Math.abs(rule.widthMm - 156)).toBeLessThanOrEqual(0.5)
    expect(text.replace(/\n/gu, '')).toMatch(/分送：[^印]*监委。/u)

    const runs = await docxRuns(docx)
    const run = (text: string) => runs.find((r) => r.text.includes(text))
    expect(run('中共示例区委常委会会议纪要')).toMatchObject({ eastAsia: expect.stringMatching(/小标宋/u), color: expect.stringMatching(/^(FF0000|E60012|ff0000)$/iu) })
    expect(run('会议原则同意')).toMatchObject({ eastAsia: expect.stringMatching(/仿宋/u), size: 32 })
    expect(run('出席：')).toMatchObject({ eastAsia: expect.stringMatching(/黑体/u), size: 32 })
    expect(run('一、关于全域旅游')).toMatchObject({ eastAsia: expect.stringMatching(/黑体/u) })
  })
})
