import type { DocumentBlock, DocumentModel, HeaderMarks } from './model'
import { tableLayout } from './table-layout'
import { titleLines, widthInChars } from './text-width'

// Where the text of a 公文 ends, estimated from the GB/T 9704 grid (22 lines of 28
// characters, 5.2), so that the 版记 can be put on the foot of an even page (7.4.1: 版记 on
// the last page, which is an even one) by the .docx and the preview alike. Body lines are
// snapped to the grid, so counting characters gives their lines; tables and the 版头 are
// measured in millimetres. The two renderers break lines differently (Word and LibreOffice
// hang a closing mark past the margin, Chromium carries it to the next line with the
// character before it, and keeps a number whole), so each asks for its own estimate.

/** Who lays the lines out: the word processor (.docx) or Chromium (the preview, 导出PDF, 打印). */
export type LineEngine = 'word' | 'chromium'

export const textBlockMm = { width: 156, height: 225 } as const
export const lineMm = textBlockMm.height / 22
export const charsPerLine = 28

/** The 版头 (7.2.3–7.2.5): the mark's top 35 mm below the block's top, the 字号 two lines below it, the red rule 4 mm under the 字号. */
export const headMetrics = { markTopMm: 35, linesToNumber: 2, ruleBelowNumberMm: 4 } as const

/** Where a 3号 line's glyphs end above the line's foot (10.2 mm line, 5.6 mm type; measured on the PDF): the red rule's paragraph is 4 mm less this. */
export const glyphFootInLineMm = 2.4

/** The 版记's lines (4号) and rules, mm. */
export const colophonMetrics = { lineMm: 7, charsPerLine: 29 } as const

export interface ColophonEntry { label: string; text: string; right?: string }

/** 分送：…。 lines, then the 印发机关 with the 印发日期 on the right (7.4.2, 7.4.3). */
export function colophonEntries(lines: { label: string; text: string }[], printer: { office: string; date: string } | undefined): ColophonEntry[] {
  const entries: ColophonEntry[] = lines.map((line) => ({ label: line.label, text: line.text }))
  if (printer) entries.push({ label: '', text: printer.office, right: `${printer.date}印发` })
  return entries
}

/** Lines of one entry: 4号 characters between the one-character insets, wrapped lines after the label. */
export function colophonEntryLines(entry: ColophonEntry): number {
  if (!entry.label) return 1
  const label = widthInChars(entry.label) + 1
  return Math.max(1, Math.ceil((label + widthInChars(entry.text)) / colophonMetrics.charsPerLine - 1e-9))
}

export function colophonHeightMm(block: Extract<DocumentBlock, { kind: 'colophon' }>): number {
  return colophonEntries(block.lines, block.printer).reduce((sum, entry) => sum + colophonEntryLines(entry), 0) * colophonMetrics.lineMm
}

const linesOf = (width: number, perLine: number) => Math.max(1, Math.ceil(width / perLine - 1e-9))

/** Chromium's glyph advances in ems of 3号: a character less the sheet's -0.25 pt letter-spacing; digits and Latin as the fallback 仿宋 (Noto Serif CJK) prints them (the official fonts' are 0.5). */
const chromiumAdvance = { wide: 1 - 0.25 / 16, narrow: 0.555 - 0.25 / 16 }
const closingMark = /[，。、；：！？）》”』」〕】]/u
const openingMark = /[（《“『「〔【]/u
const narrowRun = /^[0-9A-Za-z.%]+/u

/**
 * Lines Chromium gives a text starting `firstIndent` characters in on lines of `perLine`
 * characters: greedy, a number never split, a closing mark never starting a line (it goes
 * down with the character before it; nothing hangs past the margin), and two marks side by
 * side set one and a half characters wide (CSS text-spacing-trim: 「）、」「。”」「）（」).
 */
export function chromiumLines(text: string, perLine: number, firstIndent = 0): number {
  const units: number[] = []
  let rest = text
  let previous = ''
  while (rest.length > 0) {
    const run = narrowRun.exec(rest)?.[0]
    const unit = run ?? [...rest][0]!
    let width = run ? run.length * chromiumAdvance.narrow : widthInChars(unit) === 1 ? chromiumAdvance.wide : chromiumAdvance.narrow
    const mark = closingMark.test(unit) || openingMark.test(unit)
    if (mark && (closingMark.test(previous) || (openingMark.test(previous) && openingMark.test(unit)))) width -= 0.5
    if (!run && closingMark.test(unit) && units.length > 0) units[units.length - 1]! += width
    else units.push(width)
    previous = unit
    rest = rest.slice(unit.length)
  }
  // 156 mm in 3号 ems (27.6, 28 letter-spaced characters), less what a shorter line is indented by.
  const capacity = textBlockMm.width / ((16 * 25.4) / 72) - (charsPerLine - perLine)
  let lines = 1
  let used = firstIndent
  for (const width of units) {
    if (used + width > capacity + 0.01 && used > 0) {
      lines += 1
      used = 0
    }
    used += width
  }
  return lines
}

/** Body lines of a text: the word processor's count (calibrated on LibreOffice's PDFs) or Chromium's. */
function textLines(engine: LineEngine, text: string, perLine: number, firstIndent: number): number {
  return engine === 'word' ? linesOf(firstIndent + widthInChars(text), perLine) : chromiumLines(text, perLine, firstIndent)
}

/** How many grid lines a body block takes, or its height in mm ('mm'). */
function blockHeight(block: DocumentBlock, engine: LineEngine): { lines: number } | { mm: number } | { breakPage: true } | null {
  switch (block.kind) {
    case 'redMark':
    case 'colophon':
    case 'keepStart':
    case 'keepEnd':
      return null
    case 'centredLine':
    case 'splitLine':
    case 'blank':
    case 'checkCode':
      return { lines: 1 }
    case 'redRule':
      return { mm: headMetrics.ruleBelowNumberMm - glyphFootInLineMm }
    case 'title':
      return { lines: titleLines(block.text).length }
    case 'addressee':
      return { lines: textLines(engine, block.text, charsPerLine, 0) }
    case 'paragraph':
      return { lines: textLines(engine, block.runs.map((r) => r.text).join(''), charsPerLine, 2) }
    case 'heading':
      return { lines: textLines(engine, block.text, charsPerLine, 2) }
    case 'labelled': {
      const label = block.labelChars ?? widthInChars(block.label)
      return { lines: textLines(engine, block.text, charsPerLine - 2 - label, 0) }
    }
    case 'table':
      return { mm: tableLayout(block).heightMm }
    case 'signature':
      return { lines: 3 }
    case 'signatureLines':
      return { lines: block.labels.length * 2 }
    case 'pageBreak':
      return { breakPage: true }
    case 'sheetMarks':
      return { lines: markLines(block.marks) }
  }
}

interface Position { page: number; used: number }

/** The position after one block. */
const advance = (engine: LineEngine) => (position: Position, block: DocumentBlock): Position => {
  let { page, used } = position
  // The mark's paragraph ends its own height below the 35 mm where its top is put (blocks.ts).
  if (block.kind === 'redMark') return { page, used: Math.max(used, headMetrics.markTopMm + redMarkHeightMm(block.text)) }
  const height = blockHeight(block, engine)
  if (!height) return position
  if ('breakPage' in height) return { page: page + 1, used: 0 }
  if ('lines' in height) {
    // Line by line: a grid line that does not fit whole goes to the next page.
    for (let line = 0; line < height.lines; line += 1) {
      if (used + lineMm > textBlockMm.height + 0.01) {
        page += 1
        used = 0
      }
      used += lineMm
    }
    return { page, used }
  }
  // A table's rows (and a free-standing rule) never split: estimate it as moving on to the next page where it overflows.
  if (used + height.mm > textBlockMm.height && used > 0) {
    const rest = height.mm - (textBlockMm.height - used)
    page += 1 + Math.floor(rest / textBlockMm.height)
    used = rest % textBlockMm.height
  } else used += height.mm
  return { page, used }
}

/** Lines the 份号, 密级 and 紧急程度 take, one each. */
export function markLines(marks: HeaderMarks | undefined): number {
  return marks ? [marks.copyNumber, marks.classification, marks.urgency].filter(Boolean).length : 0
}

function start(model: DocumentModel): Position {
  return { page: 1, used: markLines(model.marks) * lineMm }
}

/** Where the text ends: the page (1-based) and the height used on it (mm). */
export function textEnd(model: DocumentModel, engine: LineEngine = 'word'): { page: number; usedMm: number } {
  const end = model.blocks.reduce(advance(engine), start(model))
  return { page: end.page, usedMm: end.used }
}

/** The blocks with a page break before each kept group that would not fit where it starts. */
function withKeptGroups(model: DocumentModel, engine: LineEngine): DocumentBlock[] {
  const result: DocumentBlock[] = []
  let position = start(model)
  model.blocks.forEach((block, index) => {
    if (block.kind === 'keepStart') {
      const end = model.blocks.findIndex((b, i) => i > index && b.kind === 'keepEnd')
      const group = model.blocks.slice(index + 1, end < 0 ? undefined : end)
      const height = group.reduce(advance(engine), { page: 1, used: 0 })
      const fitsOnePage = height.page === 1
      const fitsHere = position.used + height.used <= textBlockMm.height
      if (fitsOnePage && !fitsHere && position.used > 0) {
        result.push({ kind: 'pageBreak' })
        position = { page: position.page + 1, used: 0 }
      }
    }
    result.push(block)
    position = advance(engine)(position, block)
  })
  return result
}

/** Points of the 发文机关标志 or 纪要标志: 小初 (36 pt) unless too long for one line. */
export function redMarkPoints(text: string): number {
  return Math.min(36, Math.floor((442 / widthInChars(text)) * 2) / 2)
}

/** The line the mark takes: its size and a little leading. */
export function redMarkHeightMm(text: string): number {
  return (redMarkPoints(text) * 1.15 * 25.4) / 72
}

/**
 * Page breaks to put before the 版记 so that it sits on an even page with room for it:
 * none when the text ends on an even page with space left, one to go from an odd page to
 * the next (even) one, two when an even page is full (the odd page between stays empty).
 */
export function breaksBeforeColophon(model: DocumentModel, engine: LineEngine = 'word'): { breaks: number; spaceAboveMm: number } {
  const colophon = model.blocks.find((block) => block.kind === 'colophon')
  if (!colophon || colophon.kind !== 'colophon') return { breaks: 0, spaceAboveMm: 0 }
  const end = textEnd({ ...model, blocks: model.blocks.filter((block) => block !== colophon) }, engine)
  const height = colophonHeightMm(colophon)
  // At least one empty line (and some slack for the estimate) between the text and the 版记's first rule.
  const fits = end.usedMm + 1.5 * lineMm + height <= textBlockMm.height
  // Less the two outer rules (0.35 mm each) and a little slack, so rounding never pushes the 版记 onto the next page.
  const short = 2 * 0.35 + 0.3
  if (end.page % 2 === 0 && fits) return { breaks: 0, spaceAboveMm: textBlockMm.height - end.usedMm - height - short }
  return { breaks: end.page % 2 === 0 ? 2 : 1, spaceAboveMm: textBlockMm.height - height - short }
}

/**
 * The blocks as they are laid out on pages, for both renderers: kept groups moved to the
 * next page where they would break, and the breaks before the 版记.
 */
export function paginatedBlocks(model: DocumentModel, engine: LineEngine = 'word'): DocumentBlock[] {
  const blocks = withKeptGroups(model, engine)
  const at = blocks.findIndex((block) => block.kind === 'colophon')
  const colophon = blocks[at]
  if (!colophon || colophon.kind !== 'colophon') return blocks
  const { breaks, spaceAboveMm } = breaksBeforeColophon({ ...model, blocks }, engine)
  const breakBlocks = Array.from({ length: breaks }, (): DocumentBlock => ({ kind: 'pageBreak' }))
  return [...blocks.slice(0, at), ...breakBlocks, { ...colophon, spaceAboveMm }, ...blocks.slice(at + 1)]
}
