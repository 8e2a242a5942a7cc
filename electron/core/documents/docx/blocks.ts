import { AlignmentType, BorderStyle, LineRuleType, PageBreak, Paragraph, TabStopType, type Table } from 'docx'
import type { DocumentBlock, HeaderMarks } from '../../../../shared/documents/model'
import { glyphFootInLineMm, headMetrics, lineMm, redMarkHeightMm, redMarkPoints } from '../../../../shared/documents/pagination'
import { chars, mm, textWidth } from './page-setup'
import { freeStyleId, titleStyleId } from './styles'
import { titleLines } from '../../../../shared/documents/text-width'
import { tableBlock } from './table-block'
import { modelRun, sizes, styledRun, widthInChars } from './text-runs'
import { colophonElements } from './colophon'
import { checkCodeLine } from '../../../../shared/seals/check-code'
import { headerMarkParagraphs } from './header-marks'

// One model block → Word paragraphs (or a table), in the GB/T 9704 faces and indents.

const red = 'FF0000'
const twoCharsIn = { firstLine: chars(2), firstLineChars: 200 }

/**
 * Where a 3号 glyph's top and bottom sit in its 10.2 mm grid line, and where the top of the
 * mark's glyphs sits in its line, as LibreOffice and Word print them (measured on the PDF).
 */
const markGlyphOffsetMm = 1.1

/** What the block before and after say about keeping together. */
export interface BlockContext {
  /** Keep with the next block (the last paragraph before the 署名: never 「此页无正文」). */
  keepNext: boolean
  /** The 版头 lines above this block on the first page (份号, 密级, 紧急程度). */
  marks: HeaderMarks | undefined
  /** The block starts a new page (it follows a page break). */
  pageBreakBefore: boolean
}

function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  // 成文日期右空四字; 发文机关署名 centred over the date (GB/T 9704 7.3.5.1). Chinese and
  // digits get no extra space between them (styles), so the widths are the characters'.
  const dateRight = 4
  const issuerRight = Math.max(0, dateRight + (widthInChars(date) - widthInChars(issuer)) / 2)
  return [
    new Paragraph({ keepNext: true, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, indent: { right: chars(issuerRight) }, children: [styledRun(issuer, 'body')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(dateRight) }, children: [styledRun(date, 'body')] }),
  ]
}

/** 7.2.3: the mark's top 35 mm below the text block's top, whatever 份号 and 密级 lines are above it. */
function redMark(text: string, marks: HeaderMarks | undefined): Paragraph {
  const above = marks ? [marks.copyNumber, marks.classification, marks.urgency].filter(Boolean).length : 0
  const before = headMetrics.markTopMm - above * lineMm - markGlyphOffsetMm
  return new Paragraph({
    style: freeStyleId,
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(before), after: 0, line: mm(redMarkHeightMm(text)), lineRule: LineRuleType.EXACT },
    children: [styledRun(text, 'title', redMarkPoints(text) * 2, { color: red })],
  })
}

/** 7.2.5: the red rule 4 mm under the 字号 (or the 纪要's office and date), 156 mm wide. */
function redRule(): Paragraph {
  const gap = headMetrics.ruleBelowNumberMm - glyphFootInLineMm
  return new Paragraph({
    style: freeStyleId,
    spacing: { before: 0, after: 0, line: mm(gap), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: red, space: 0 } },
    children: [],
  })
}

const headingFonts = { 1: 'hei', 2: 'kai', 3: 'body', 4: 'body' } as const

export function blockElements(block: DocumentBlock, context: BlockContext): (Paragraph | Table)[] {
  const keepNext = context.keepNext
  switch (block.kind) {
    case 'redMark':
      return [redMark(block.text, context.marks)]
    case 'centredLine':
      return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext, children: [styledRun(block.text, 'body')] })]
    case 'splitLine':
      return [
        new Paragraph({
          indent: { left: chars(1) },
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth - chars(1) }],
          children: [styledRun(block.left, 'body'), styledRun(`\t${block.right}`, 'body'), ...(block.rightName ? [styledRun(block.rightName, 'kai')] : [])],
        }),
      ]
    case 'redRule':
      return [redRule()]
    case 'title':
      return [new Paragraph({ style: titleStyleId, keepNext: true, children: titleLines(block.text).map((line, i) => styledRun(line, 'title', sizes.二号, { breakBefore: i > 0 })) })]
    case 'addressee':
      return [new Paragraph({ keepNext, children: [styledRun(block.text, 'body')] })]
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.BOTH, keepNext, keepLines: keepNext, indent: twoCharsIn, children: block.runs.map(modelRun) })]
    case 'heading':
      return [new Paragraph({ alignment: AlignmentType.BOTH, indent: twoCharsIn, keepNext: true, children: [styledRun(block.text, headingFonts[block.level])] })]
    case 'labelled': {
      // 出席：… with wrapped lines aligned after the colon: a hanging indent as wide as the
      // label, or a fixed one (labelChars) reached by a tab so every label starts one column.
      const label = block.labelChars ?? widthInChars(block.label)
      const tab = block.labelChars !== undefined
      return [
        new Paragraph({
          alignment: AlignmentType.BOTH,
          keepNext,
          indent: { left: chars(2 + label), hanging: chars(label) },
          ...(tab ? { tabStops: [{ type: TabStopType.LEFT, position: chars(2 + label) }] } : {}),
          children: [styledRun(block.label, 'hei'), styledRun(tab ? `\t${block.text}` : block.text, 'body')],
        }),
      ]
    }
    case 'table':
      return [tableBlock(block)]
    case 'signature':
      return signatureParagraphs(block.issuer, block.date)
    case 'signatureLines':
      return block.labels.map((label, i) => new Paragraph({ indent: twoCharsIn, keepNext: i < block.labels.length - 1 || keepNext, spacing: { before: 240 }, children: [styledRun(`${label}＿＿＿＿＿＿＿＿`, 'body')] }))
    case 'checkCode':
      // 4号 on the body's grid line: one line, as the pagination counts it.
      return [new Paragraph({ indent: { left: chars(2) }, children: [styledRun(checkCodeLine(block.code), 'body', sizes.四号)] })]
    case 'colophon':
      return colophonElements(block, context.pageBreakBefore)
    case 'blank':
      return [new Paragraph({ keepNext, children: [] })]
    case 'pageBreak':
      // A break before the 版记 is its spacer's (no empty line at the top of its page).
      return context.pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [new Paragraph({ children: [new PageBreak()] })]
    case 'sheetMarks':
      return headerMarkParagraphs(block.marks)
    case 'keepStart':
    case 'keepEnd':
      return []
  }
}
