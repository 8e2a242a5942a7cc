import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../shared/documents/model'
import { breaksBeforeColophon, chromiumLines, lineMm, paginatedBlocks, textEnd } from '../../../shared/documents/pagination'
import { longestNumberMm, tableLayout, tableMetrics } from '../../../shared/documents/table-layout'
import { widthInChars } from '../../../shared/documents/text-width'

// The shared layout both renderers follow: table columns sized from their text, and the page
// the 版记 goes on (GB/T 9704 7.4.1: the foot of an even last page).

const paragraph = (text: string) => ({ kind: 'paragraph' as const, runs: [{ text }] })
const colophon = { kind: 'colophon' as const, lines: [{ label: '分送', text: '区委常委。' }], printer: { office: '中共示例区委办公室', date: '2026年11月23日' } }

describe('table columns', () => {
  const table = {
    columns: ['序号', '决策事项', '牵头领导', '责任单位', '办结时限', '逾期天数'],
    rows: [['6', '关于2025年度全区经济运行情况和2026年经济工作安排的汇报（2026年第1次常委会会议）', '欧阳晓红', '区发展改革委、区财政局', '8月19日', '229天']],
    whole: [true, false, true, false, true, true],
  }
  it('make the text block’s width, whole columns (names, dates, numbers) and headers wide enough never to break', () => {
    const layout = tableLayout(table)
    expect(layout.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(156, 3)
    table.columns.forEach((header, c) => {
      const inner = layout.widthsMm[c]! - 2 * tableMetrics.padXMm
      expect(inner).toBeGreaterThanOrEqual(widthInChars(header) * tableMetrics.charMm)
      if (table.whole[c]) expect(inner).toBeGreaterThanOrEqual(widthInChars(table.rows[0]![c]!) * tableMetrics.charMm)
    })
    // The long matter wraps, so the row is several 4号 lines, not 10.2 mm grid lines.
    expect(layout.rowHeightsMm[1]).toBeGreaterThan(2 * tableMetrics.lineMm)
    expect(layout.rowHeightsMm[0]).toBeLessThan(lineMm)
  })
})

describe('numbers in table cells', () => {
  it('make a wrapping column at least as wide as its longest number, 文号 or meeting number, so none breaks', () => {
    const table = {
      columns: ['事项', '说明'],
      rows: [['甲', '联系电话0571-87654321，文号示区委〔2026〕115号，金额1,250.5万元，见（2026年第15次常委会会议）']],
      whole: [true, false],
    }
    const layout = tableLayout({ ...table, rows: [[chars(60), table.rows[0]![1]!]] })
    const inner = layout.widthsMm[1]! - 2 * tableMetrics.padXMm
    for (const token of ['0571-87654321', '示区委〔2026〕115号', '1,250.5万元', '（2026年第15次']) expect(longestNumberMm(token)).toBeLessThanOrEqual(inner + 2 * tableMetrics.padXMm + 0.01)
    expect(longestNumberMm('示区委〔2026〕115号')).toBeGreaterThan(widthInChars('示区委〔2026〕115号') * tableMetrics.charMm)
    expect(longestNumberMm('无数字的说明')).toBe(0)
  })
  const chars = (n: number) => '国'.repeat(n)
})

describe('the 版记’s page', () => {
  const model = (paragraphs: number): DocumentModel => ({ documentTitle: '样张', blocks: [{ kind: 'title', text: '关于样张的通知' }, ...Array.from({ length: paragraphs }, () => paragraph('会议要求，各单位抓紧落实。')), colophon] })
  it('stays on an even page with room for it, goes to the next page from an odd one, and past a full even page', () => {
    expect(textEnd(model(5)).page).toBe(1)
    expect(breaksBeforeColophon(model(5)).breaks).toBe(1)
    expect(paginatedBlocks(model(5)).filter((b) => b.kind === 'pageBreak')).toHaveLength(1)
    // 25 one-line paragraphs and the title: page 2 holds four lines, room for the 版记.
    expect(textEnd(model(25)).page).toBe(2)
    expect(breaksBeforeColophon(model(25)).breaks).toBe(0)
    // 42 lines on page 2 leave no room: an empty odd page, then the 版记 on page 4.
    expect(breaksBeforeColophon(model(42)).breaks).toBe(2)
  })
  it('puts the last rule on the foot of the text block: the space above it and the 版记 fill the page', () => {
    const { spaceAboveMm } = breaksBeforeColophon(model(5))
    expect(spaceAboveMm + 2 * 7 + 2 * 0.35 + 0.3).toBeCloseTo(225, 5)
  })
})

describe('Chromium’s lines (the preview, 导出PDF and 打印)', () => {
  const chars = (n: number) => '国'.repeat(n)
  it('carry a closing mark that does not fit down with the character before it, where Word hangs it past the margin', () => {
    // 26 characters after the two-character indent fill the first line; 28 more and 「。」 the second.
    const text = `${chars(26)}${chars(28)}。`
    expect(chromiumLines(text, 28, 2)).toBe(3)
    expect(textEnd({ documentTitle: '样张', blocks: [paragraph(text)] }, 'chromium').usedMm).toBeCloseTo(3 * lineMm, 5)
    expect(chromiumLines(`${chars(26)}${chars(28)}`, 28, 2)).toBe(2)
  })
  it('keep a number whole and count digits as the fallback 仿宋 prints them', () => {
    expect(chromiumLines(`${chars(26)}${chars(23)}13905710000`, 28, 2)).toBe(3)
    expect(chromiumLines(`${chars(26)}${chars(23)}1390571`, 28, 2)).toBe(2)
  })
})

describe('Chromium’s marks side by side', () => {
  it('set 「）、」 one and a half characters wide, so a list of guests takes the lines Chromium gives it', () => {
    expect(chromiumLines('区发展改革局主要负责同志（列席第一项议题）、区住房城乡建设局主要负责同志（列席第二项议题）', 23)).toBe(2)
    // 22 characters fit a 22-character line only with the pair trimmed.
    expect(chromiumLines(`${'国'.repeat(19)}）、国`, 22)).toBe(1)
    expect(chromiumLines(`${'国'.repeat(19)}）国国`, 22)).toBe(2)
  })
})
