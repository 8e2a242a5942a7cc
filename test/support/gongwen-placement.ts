import { pageNumberLine, pointsPerMm, type PdfLine, type PdfPage } from './pdf-layout'
import { inkExtent, pageRules, type Rule } from './pdf-rules'

// Where GB/T 9704 puts the 版头 and the 版记, measured on a printed PDF (LibreOffice's of the
// .docx or Chromium's of the preview): the figures the tests compare with the standard.

/** The text block: 37 mm from the top, 225 mm high, so its bottom edge is 262 mm down. */
export const textBlockTopMm = 37
export const textBlockBottomMm = 37 + 225
/** One of the 22 lines, mm. */
export const lineMm = 225 / 22

const joined = (line: PdfLine) => line.words.map((w) => w.text).join('')

export interface HeadPlacement {
  /** Top of the 发文机关标志 (or 纪要标志) below the text block's top (7.2.3: 35 mm). */
  markTopMm: number
  /** The gap between the mark and the 发文字号, in lines (7.2.4: two empty lines between). */
  linesToNumber: number | null
  /** From the foot of the 字号 (or the line above the rule) to the red rule (7.2.5: 4 mm). */
  ruleBelowNumberMm: number | null
  redRule: Rule | null
}

/**
 * The 版头 of the first page, measured on the printed ink (pdftotext's boxes follow each
 * font's metrics, which differ between LibreOffice's and Chromium's PDFs): the red mark's
 * glyphs above the red rule, and the black line just above the rule (the 字号, or the 纪要's
 * office and date). `withNumber` when a 发文字号 sits between the mark and the rule.
 */
export function headPlacement(pdfPath: string, _pages: PdfPage[], _markText: string, withNumber: string | null): HeadPlacement | null {
  const redRule = pageRules(pdfPath, 1).find((rule) => rule.colour === 'red') ?? null
  if (!redRule) return null
  const mark = inkExtent(pdfPath, 1, 'red', textBlockTopMm, redRule.yMm - redRule.thicknessMm)
  if (!mark) return null
  const number = inkExtent(pdfPath, 1, 'black', mark.bottomMm + 0.5, redRule.yMm - redRule.thicknessMm)
  return {
    markTopMm: mark.topMm - textBlockTopMm,
    linesToNumber: withNumber && number ? (number.topMm - mark.bottomMm) / lineMm : null,
    ruleBelowNumberMm: number ? redRule.yMm - number.bottomMm : null,
    redRule,
  }
}

export interface ColophonPlacement {
  page: number
  pageCount: number
  /** The last rule's middle, mm from the page's top edge (7.4.1: on the text block's bottom edge, 262 mm). */
  lastRuleMm: number
  rules: Rule[]
}

/** The 版记's rules: the black rules of the last page (at least 100 mm long). */
export function colophonPlacement(pdfPath: string, pages: PdfPage[]): ColophonPlacement | null {
  const last = pages.length
  const rules = pageRules(pdfPath, last, 100).filter((rule) => rule.colour === 'black')
  if (rules.length === 0) return null
  return { page: last, pageCount: pages.length, lastRuleMm: Math.max(...rules.map((r) => r.yMm)), rules }
}

/**
 * Names split over two lines of a table cell (「林晓」 above 「红」): a word ending with the
 * start of a name whose rest begins a word right below it, in the same column.
 */
export function brokenNames(pages: PdfPage[], names: readonly string[]): string[] {
  const found: string[] = []
  for (const page of pages) {
    const words = page.lines.flatMap((line) => line.words)
    for (const name of names) {
      for (let k = 1; k < [...name].length; k += 1) {
        const head = [...name].slice(0, k).join('')
        const tail = [...name].slice(k).join('')
        for (const word of words) {
          if (!word.text.endsWith(head)) continue
          const below = words.find((w) => w !== word && w.text.startsWith(tail) && Math.abs(w.xMin - word.xMin) < 40 && w.yMin > word.yMin && w.yMin - word.yMax < 20)
          if (below && !word.text.includes(name)) found.push(`第${page.number}页：${head}/${tail}`)
        }
      }
    }
  }
  return [...new Set(found)]
}

/**
 * Whether the 署名 is alone on its page: no body line above it there (「此页无正文」). Lines
 * compared by their middles: Chromium's PDFs give boxes taller than the line pitch.
 */
export function signatureAlone(pages: PdfPage[], issuer: string): boolean {
  const middle = (line: PdfLine) => (line.yMin + line.yMax) / 2
  for (let i = pages.length - 1; i >= 0; i -= 1) {
    const page = pages[i]!
    const lines = page.lines.filter((line) => line !== pageNumberLine(page))
    const signature = lines.findLast((line) => joined(line) === issuer) ?? lines.findLast((line) => joined(line).endsWith(issuer))
    if (!signature) continue
    return !lines.some((line) => middle(line) < middle(signature) - 3)
  }
  return false
}

/** The horizontal middle of a line of text, mm from the left edge. */
export function lineCentreMm(pages: PdfPage[], text: string): number | null {
  for (const page of [...pages].reverse()) {
    const line = page.lines.find((l) => joined(l) === text)
    if (line) return (line.xMin + line.xMax) / 2 / pointsPerMm
  }
  return null
}
