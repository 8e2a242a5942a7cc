import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'
import { tableLayout, tableMetrics, type TableBlock } from '../../../../shared/documents/table-layout'
import { mm, textWidth } from './page-setup'
import { freeStyleId } from './styles'
import { sizes, styledRun } from './text-runs'

// A table as wide as the text block in 4号, columns sized from their text (table-layout.ts),
// the header row in 黑体 repeated on each page, rows never split, cells off the line grid so
// a row is as high as its text and not a multiple of 10.2 mm.

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

function cell(text: string, width: number, header: boolean, align: 'left' | 'center' | 'right', keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: mm(tableMetrics.padXMm), right: mm(tableMetrics.padXMm), top: mm(tableMetrics.padYMm), bottom: mm(tableMetrics.padYMm) },
    children: text.split('\n').map(
      (part) =>
        new Paragraph({
          style: freeStyleId,
          keepNext,
          alignment: header ? AlignmentType.CENTER : alignments[align],
          spacing: { before: 0, after: 0, line: mm(tableMetrics.lineMm), lineRule: LineRuleType.EXACT },
          children: [styledRun(part, header ? 'hei' : 'body', sizes.四号)],
        }),
    ),
  })
}

export function tableBlock(block: TableBlock): Table {
  const layout = tableLayout(block)
  const widths = layout.widthsMm.map((w) => mm(w))
  // The last column takes the rounding so the table is exactly the block's width.
  widths[widths.length - 1] = textWidth - widths.slice(0, -1).reduce((a, b) => a + b, 0)
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((text, i) => cell(text, widths[i] ?? 0, true, 'center', true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: block.columns.map((_, i) => cell(row[i] ?? '', widths[i] ?? 0, false, layout.align[i] ?? 'left', false)) })),
    ],
  })
}
