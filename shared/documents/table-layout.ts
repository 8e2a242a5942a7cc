import type { DocumentBlock } from './model'
import { widthInChars } from './text-width'

// A table's columns sized from what they hold, shared by the .docx and the preview: tables
// are set in 4号 (14 pt; GB/T 9704 allows a smaller size in tables than the 3号 body), not
// snapped to the line grid; a column marked whole (names, numbers, dates) and every header is
// as wide as its longest text so it never breaks (「林晓/红」, 「序/号」); the columns that may
// wrap share what is left in proportion to their text, each at least as wide as the longest
// number it holds (a phone number, a 文号, an amount, a date), so no number breaks either.

export type TableBlock = Extract<DocumentBlock, { kind: 'table' }>

/** 4号 in mm, the line of a cell, the padding of a cell on each side. */
export const tableMetrics = { charMm: (14 * 25.4) / 72, lineMm: 6.4, padXMm: 1.4, padYMm: 0.9 } as const

const full = 156

export interface TableLayout {
  /** Column widths, mm, adding up to the text block's 156 mm. */
  widthsMm: number[]
  align: ('left' | 'center' | 'right')[]
  /** Each row's height (header first), mm. */
  rowHeightsMm: number[]
  heightMm: number
}

/**
 * Printed width in characters: word processors (LibreOffice even with the switch off) put a
 * quarter character between Chinese and digits (8月19日), so a whole cell allows for it.
 */
function printedChars(text: string): number {
  const changes = [...text].filter((char, i, all) => i > 0 && /[0-9A-Za-z]/u.test(char) !== /[0-9A-Za-z]/u.test(all[i - 1]!)).length
  return widthInChars(text) + changes * 0.25
}

const textMm = (text: string) => Math.max(0, ...text.split('\n').map(printedChars)) * tableMetrics.charMm
const cellMm = (text: string) => textMm(text) + 2 * tableMetrics.padXMm + 0.6

/** What must stay on one line: numbers with their separators and unit (0571-87654321, 1,250.5万元, 2026年8月19日), a 文号 (示区委〔2026〕15号), a meeting's number (（2026年第15次). */
const unbreakable = /[^\s，。、；：（）]*〔\d{4}〕\d+号|\d+年\d+月\d+日|（?\d+年第\d+次|[0-9A-Za-z][0-9A-Za-z.,:%/\-－]*[0-9A-Za-z%]?(万元|亿元|元|天|人|票|%|％)?/gu

/** The width of the longest number in a text, as a cell (mm); 0 when it holds none. */
export function longestNumberMm(text: string): number {
  const tokens = text.match(unbreakable) ?? []
  return Math.max(0, ...tokens.filter((token) => /\d/u.test(token)).map(cellMm))
}

function cellLines(text: string, widthMm: number): number {
  const inner = widthMm - 2 * tableMetrics.padXMm
  const perLine = Math.max(1, Math.floor(inner / tableMetrics.charMm))
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(printedChars(part) / perLine - 1e-9)), 0)
}

export function tableLayout(table: Pick<TableBlock, 'columns' | 'rows' | 'whole' | 'align' | 'widths'>): TableLayout {
  const count = table.columns.length
  const whole = (c: number) => table.whole?.[c] ?? false
  const natural = table.columns.map((header, c) => Math.max(cellMm(header), ...table.rows.map((row) => cellMm(row[c] ?? ''))))
  const minimum = table.columns.map((header, c) =>
    whole(c) ? natural[c]! : Math.max(cellMm(header), 4 * tableMetrics.charMm + 2 * tableMetrics.padXMm, ...table.rows.map((row) => longestNumberMm(row[c] ?? ''))),
  )
  let widths: number[]
  const naturalTotal = natural.reduce((a, b) => a + b, 0)
  if (naturalTotal <= full) {
    // Room for everything on one line: the spare width goes to the columns that may wrap (or all).
    const wrapping = natural.map((_, c) => !whole(c))
    const share = wrapping.some(Boolean) ? wrapping : natural.map(() => true)
    const base = natural.reduce((sum, w, c) => sum + (share[c] ? w : 0), 0)
    widths = natural.map((w, c) => (share[c] ? w + ((full - naturalTotal) * w) / base : w))
  } else {
    const fixed = minimum.reduce((sum, w, c) => sum + (whole(c) ? w : 0), 0)
    const weights = natural.map((w, c) => (whole(c) ? 0 : (table.widths?.[c] ?? w)))
    const weightTotal = weights.reduce((a, b) => a + b, 0) || 1
    widths = natural.map((_, c) => (whole(c) ? minimum[c]! : Math.max(minimum[c]!, ((full - fixed) * weights[c]!) / weightTotal)))
    // Columns raised to their minimum take it from the others that may wrap.
    const over = widths.reduce((a, b) => a + b, 0) - full
    if (over > 0) {
      const give = widths.map((w, c) => (whole(c) ? 0 : Math.max(0, w - minimum[c]!)))
      const giveTotal = give.reduce((a, b) => a + b, 0) || 1
      widths = widths.map((w, c) => w - (over * give[c]!) / giveTotal)
    }
  }
  const align = Array.from({ length: count }, (_, c) => table.align?.[c] ?? 'left')
  const rowHeightsMm = [table.columns, ...table.rows].map((row) => Math.max(...widths.map((w, c) => cellLines(row[c] ?? '', w))) * tableMetrics.lineMm + 2 * tableMetrics.padYMm)
  return { widthsMm: widths, align, rowHeightsMm, heightMm: rowHeightsMm.reduce((a, b) => a + b, 0) }
}
