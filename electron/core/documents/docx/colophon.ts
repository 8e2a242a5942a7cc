import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, VerticalAlign, WidthType } from 'docx'
import { colophonEntries, colophonEntryLines, colophonMetrics } from '../../../../shared/documents/pagination'
import { chars, mm, textWidth } from './page-setup'
import { freeStyleId } from './styles'
import { sizes, styledRun, widthInChars } from './text-runs'

// 版记 (GB/T 9704 7.4): a table as wide as the text block, so its rules run the full 156 mm
// (first and last 0.35 mm, those between 0.25 mm), each entry 4号 仿宋 one character in from
// both sides (7.4.2, 7.4.3). A spacer of exact height above it puts its last rule on the
// text block's bottom edge (7.4.1); shared/documents/pagination.ts works out the height
// and the page (an even one).

/** Border widths are in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt. */
const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' }
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

const exact = (heightMm: number) => ({ before: 0, after: 0, line: mm(heightMm), lineRule: LineRuleType.EXACT })

/** The empty space above the 版记, starting a new page when asked. */
function spacer(heightMm: number, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({ style: freeStyleId, pageBreakBefore, keepNext: true, spacing: exact(Math.max(0.5, heightMm)), children: [] })
}

export function colophonElements(block: { lines: { label: string; text: string }[]; printer?: { office: string; date: string }; spaceAboveMm?: number }, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const entries = colophonEntries(block.lines, block.printer)
  const inner = textWidth - 2 * chars(1)
  const rows = entries.map((entry, i) => {
    const label = entry.label === '' ? 0 : widthInChars(entry.label) + 1
    const lines = colophonEntryLines(entry)
    return new TableRow({
      cantSplit: true,
      height: { value: mm(lines * colophonMetrics.lineMm), rule: HeightRule.EXACT },
      children: [
        new TableCell({
          width: { size: textWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: chars(1), right: chars(1), top: 0, bottom: 0 },
          borders: { top: i === 0 ? thick : thin, bottom: i === entries.length - 1 ? thick : thin, left: none, right: none },
          children: [
            new Paragraph({
              style: freeStyleId,
              alignment: AlignmentType.LEFT,
              spacing: exact(colophonMetrics.lineMm),
              // 抄送/分送 wrapped lines align after the colon; 印发机关 left, 印发日期 right.
              indent: { left: chars(label * (14 / 16)), hanging: chars(label * (14 / 16)) },
              tabStops: [{ type: TabStopType.RIGHT, position: inner }],
              children: [styledRun(entry.label ? `${entry.label}：${entry.text}` : entry.text, 'body', sizes.四号), ...(entry.right ? [styledRun(`\t${entry.right}`, 'body', sizes.四号)] : [])],
            }),
          ],
        }),
      ],
    })
  })
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [textWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows,
  })
  return [spacer(block.spaceAboveMm ?? colophonMetrics.lineMm, pageBreakBefore), table]
}
