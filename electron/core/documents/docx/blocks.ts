import { AlignmentType, BorderStyle, PageBreak, Paragraph, TabStopType, type Table } from 'docx'
import type { DocumentBlock } from '../../../../shared/documents/model'
import { chars, textWidth } from './page-setup'
import { titleStyleId } from './styles'
import { titleLines } from '../../../../shared/documents/text-width'
import { tableBlock } from './table-block'
import { modelRun, sizes, styledRun, widthInChars } from './text-runs'
import { colophonParagraphs } from './colophon'

// One model block → Word paragraphs (or a table), in the GB/T 9704 faces and indents.

const red = 'FF0000'
const twoCharsIn = { firstLine: chars(2), firstLineChars: 200 }

/** The red mark fits one line: 小初 (36 pt) unless the mark is too long for it. */
function redMarkSize(text: string): number {
  const fitting = Math.floor((textWidth / 20 / widthInChars(text)) * 2)
  return Math.min(72, fitting)
}

const headingFonts = { 1: 'hei', 2: 'kai', 3: 'body', 4: 'body' } as const

function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  // 成文日期右空四字; 发文机关署名 centred over the date (GB/T 9704 7.3.5.1).
  const dateRight = 4
  const issuerRight = Math.max(0, dateRight + (widthInChars(date) - widthInChars(issuer)) / 2)
  return [
    new Paragraph({ children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, indent: { right: chars(issuerRight) }, children: [styledRun(issuer, 'body')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(dateRight) }, children: [styledRun(date, 'body')] }),
  ]
}

export function blockElements(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'redMark':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [styledRun(block.text, 'title', redMarkSize(block.text), { color: red })] })]
    case 'centredLine':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [styledRun(block.text, 'body')] })]
    case 'splitLine':
      return [
        new Paragraph({
          indent: { left: chars(1) },
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth - chars(1) }],
          children: [styledRun(block.left, 'body'), styledRun(`\t${block.right}`, 'body')],
        }),
      ]
    case 'redRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: red, space: 1 } }, children: [] })]
    case 'title':
      return [new Paragraph({ style: titleStyleId, children: titleLines(block.text).map((line, i) => styledRun(line, 'title', sizes.二号, { breakBefore: i > 0 })) })]
    case 'addressee':
      return [new Paragraph({ children: [styledRun(block.text, 'body')] })]
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.BOTH, indent: twoCharsIn, children: block.runs.map(modelRun) })]
    case 'heading':
      return [new Paragraph({ alignment: AlignmentType.BOTH, indent: twoCharsIn, keepNext: true, children: [styledRun(block.text, headingFonts[block.level])] })]
    case 'labelled': {
      // 出席：… with wrapped lines aligned after the colon: a hanging indent as wide as the label.
      const label = widthInChars(block.label)
      return [
        new Paragraph({
          alignment: AlignmentType.BOTH,
          indent: { left: chars(2 + label), hanging: chars(label) },
          children: [styledRun(block.label, 'hei'), styledRun(block.text, 'body')],
        }),
      ]
    }
    case 'table':
      return [tableBlock(block.columns, block.rows, block.widths)]
    case 'signature':
      return signatureParagraphs(block.issuer, block.date)
    case 'signatureLines':
      return block.labels.map((label, i) => new Paragraph({ indent: twoCharsIn, keepNext: i < block.labels.length - 1, spacing: { before: 240 }, children: [styledRun(`${label}＿＿＿＿＿＿＿＿`, 'body')] }))
    case 'colophon':
      return colophonParagraphs(block.lines, block.printer)
    case 'blank':
      return [new Paragraph({ children: [] })]
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
  }
}
