import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../electron/core/documents/docx/render-docx'
import type { DocumentModel } from '../../../shared/documents/model'
import { titleLines } from '../../../shared/documents/text-width'
import { docxPart, docxRuns, docxToPdf, documentArtifacts, gbLayoutProblems, pdfFlowText, pdfWords, renderPages, scratchDir, toMm } from '../../support/pdf-layout'
import { removeDir } from '../../support/vault'
import { colophonPlacement, headPlacement, signatureAlone, textBlockBottomMm } from '../../support/gongwen-placement'

// The GB/T 9704 writer on its own: every block kind, printed by LibreOffice and measured.

const paragraph = (text: string) => ({ kind: 'paragraph' as const, runs: [{ text }] })

const model: DocumentModel = {
  documentTitle: '会议纪要样张',
  marks: { copyNumber: '000012', classification: '机密★10年', urgency: '特急' },
  blocks: [
    { kind: 'redMark', text: '中共示例区委常委会会议纪要' },
    { kind: 'centredLine', text: '第15期' },
    { kind: 'splitLine', left: '中共示例区委办公室', right: '2026年11月20日' },
    { kind: 'redRule' },
    { kind: 'title', text: '关于召开2026年第15次区委常委会会议的通知' },
    { kind: 'blank' },
    { kind: 'addressee', text: '区委常委：' },
    { kind: 'heading', level: 1, text: '一、会议议定事项' },
    { kind: 'heading', level: 2, text: '（一）关于2027年预算' },
    { kind: 'heading', level: 3, text: '1.研究审议' },
    { kind: 'labelled', label: '出席：', text: '林书记、陈区长、王副书记、赵部长、钱书记、孙部长、李书记、周部长、吴区长、郑主任、冯部长' },
    ...Array.from({ length: 10 }, (_, i) => paragraph(`第${i + 1}段。会议听取了区发展改革委关于2026年国民经济和社会发展计划执行情况的汇报。会议认为，今年以来全区经济运行总体平稳、稳中有进。`)),
    { kind: 'table', columns: ['序号', '议题', '汇报单位'], rows: [['1', '关于2027年区级财政预算草案的汇报', '区财政局'], ['2', '关于城区停车设施建设方案的汇报', '区住建局']], widths: [1, 5, 2] },
    { kind: 'signature', issuer: '中共示例区委办公室', date: '2026年11月18日' },
    { kind: 'signatureLines', labels: ['主持人（签字）：', '记录人（签字）：'] },
    { kind: 'colophon', lines: [{ label: '分送', text: '区委常委，区人大常委会、区政府、区政协党组（党委）主要负责同志，区纪委监委' }], printer: { office: '中共示例区委办公室', date: '2026年11月20日' } },
  ],
}

const folder = scratchDir('render-docx')
afterAll(() => removeDir(folder))

describe('renderDocx', () => {
  it('lays every block out on A4 in the GB/T 9704 text block, with page numbers', async () => {
    const bytes = await renderDocx(model)
    const path = join(folder, '样张.docx')
    writeFileSync(path, bytes)
    const pdf = docxToPdf(path, folder)
    const pages = pdfWords(pdf)
    renderPages(pdf, join(documentArtifacts, 'render-sample'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(gbLayoutProblems(pages)).toEqual([])
    // 份号 first, flush left at the top of the text block.
    const copy = pages[0]!.lines[0]!
    expect(copy.text).toBe('000012')
    expect(Math.abs(toMm(copy.xMin) - 28)).toBeLessThan(1)
    // GB/T 9704 7.2.3: the mark's top 35 mm below the text block's top, under the three 版头 marks.
    const head = headPlacement(pdf, pages, '中共示例区委常委会会议纪要', null)!
    expect(Math.abs(head.markTopMm - 35)).toBeLessThanOrEqual(1)
    expect(head.redRule!.widthMm).toBeGreaterThan(155.5)
    // 7.4.1: the 版记's last rule on the text block's bottom edge of an even last page; its rules 156 mm.
    const colophon = colophonPlacement(pdf, pages)!
    expect(colophon.page % 2).toBe(0)
    expect(Math.abs(colophon.lastRuleMm - textBlockBottomMm)).toBeLessThanOrEqual(1)
    for (const rule of colophon.rules) expect(Math.abs(rule.widthMm - 156)).toBeLessThanOrEqual(0.5)
    expect(signatureAlone(pages, '中共示例区委办公室')).toBe(false)
    const text = pdfFlowText(pages)
    for (const expected of ['机密★10年', '特急', '中共示例区委常委会会议纪要', '第15期', '关于召开2026年第15次', '区委常委会会议的通知', '出席：林书记', '2026年11月20日印发']) expect(text).toContain(expected)
  }, 60_000)

  it('names the GB/T 9704 fonts and sizes, with fallbacks, red for the mark, fixed properties', async () => {
    const bytes = await renderDocx(model)
    const runs = await docxRuns(bytes)
    expect(runs.find((r) => r.text === '中共示例区委常委会会议纪要')).toMatchObject({ eastAsia: '方正小标宋简体', color: 'FF0000' })
    expect(runs.find((r) => r.text === '000012')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 })
    expect(runs.find((r) => r.text === '机密★10年')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((r) => r.text === '（一）关于2027年预算')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 })
    expect(runs.find((r) => r.text === '关于召开2026年第15次')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(runs.find((r) => r.text.startsWith('分送：'))).toMatchObject({ eastAsia: '仿宋_GB2312', size: 28 })
    const document = await docxPart(bytes, 'word/document.xml')
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/u)
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>')
    const styles = await docxPart(bytes, 'word/styles.xml')
    expect(styles).toContain('<w:spacing w:val="-5"/>')
    // Simplified Chinese, so a word processor's CJK fallback is a Chinese face, not a Japanese one.
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/u)
    const core = await docxPart(bytes, 'docProps/core.xml')
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>')
    expect(core).toContain('<dc:creator>议事录</dc:creator>')
    expect(Buffer.compare(bytes, await renderDocx(structuredClone(model)))).toBe(0)
  })

  it('breaks a long title into balanced lines, never inside a number', () => {
    expect(titleLines('关于召开2026年第15次区委常委会会议的通知')).toEqual(['关于召开2026年第15次', '区委常委会会议的通知'])
    expect(titleLines('2026年第1次区委常委会会议记录')).toEqual(['2026年第1次区委常委会会议记录'])
    expect(titleLines('关于×××\n同志任职的通知')).toEqual(['关于×××', '同志任职的通知'])
  })
})
