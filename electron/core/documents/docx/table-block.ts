import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx'
import { textWidth } from './page-setup'
import { styledRun } from './text-runs'

// A table as wide as the text block, the header row in 黑体, cells in body type.

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }

function columnWidths(count: number, weights: number[] | undefined): number[] {
  const relative = weights && weights.length === count ? weights : Array.from({ length: count }, () => 1)
  const total = relative.reduce((sum, weight) => sum + weight, 0)
  return relative.map((weight) => Math.floor((textWidth * weight) / total))
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: text.split('\n').map((part) => new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [styledRun(part, header ? 'hei' : 'body')] })),
  })
}

export function tableBlock(columns: string[], rows: string[][], weights?: number[]): Table {
  const widths = columnWidths(columns.length, weights)
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((text, i) => cell(text, widths[i] ?? 0, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(row[i] ?? '', widths[i] ?? 0, false)) })),
    ],
  })
}
