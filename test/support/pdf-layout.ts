import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import JSZip from 'jszip'

// Checks a generated .docx the way a reader sees it: LibreOffice prints it to PDF,
// pdftotext gives every word's box, pdftoppm renders the pages to look at. Tests only.

export const pointsPerMm = 72 / 25.4

export interface Box { xMin: number; yMin: number; xMax: number; yMax: number }
export interface PdfWord extends Box { text: string }
export interface PdfLine extends Box { text: string; words: PdfWord[] }
export interface PdfPage { number: number; width: number; height: number; lines: PdfLine[] }

/** Converts with a profile of its own (several conversions run at once); returns the PDF's path. */
export function docxToPdf(docxPath: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'yishi-soffice-'))
  try {
    mkdirSync(outDir, { recursive: true })
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { stdio: 'pipe', timeout: 120_000 })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return join(outDir, basename(docxPath).replace(/\.docx$/u, '.pdf'))
}

function attributes(tag: string): Box {
  const read = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`, 'u').exec(tag)?.[1] ?? Number.NaN)
  return { xMin: read('xMin'), yMin: read('yMin'), xMax: read('xMax'), yMax: read('yMax') }
}

function unescape(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&')
}

/** Every page with its size in points and its lines of words, boxes in points from the top left. */
export function pdfWords(pdfPath: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const pages: PdfPage[] = []
  for (const [index, pageMatch] of [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].entries()) {
    const lines: PdfLine[] = []
    for (const lineMatch of (pageMatch[3] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/gu)) {
      const words = [...(lineMatch[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/gu)].map((m) => ({ ...attributes(m[1] ?? ''), text: unescape(m[2] ?? '') }))
      lines.push({ ...attributes(lineMatch[1] ?? ''), text: words.map((w) => w.text).join(' '), words })
    }
    pages.push({ number: index + 1, width: Number(pageMatch[1]), height: Number(pageMatch[2]), lines })
  }
  return pages
}

const pageNumberPattern = /^— ?\d+ ?—$/u

/** The line holding the page number "— N —", if the page has one. */
export function pageNumberLine(page: PdfPage): PdfLine | undefined {
  return page.lines.find((line) => pageNumberPattern.test(line.text.replace(/\s+/gu, ' ').trim()))
}

/** One grid line of the text block: 225 mm / 22 lines. */
export const linePitchPoints = (225 / 22) * pointsPerMm

const hangingPunctuation = /[，。、；：！？）》”]$/u

/**
 * The text block as laid out: each body line sits in the middle of its grid line, so the
 * block's top is the first line's middle less half a grid line (the glyph boxes start a
 * little lower, by how much depends on the font). A full-width mark may hang past the
 * right margin (标点溢出, Chinese typesetting allows it), so it is not counted as text.
 */
export function textBlockBounds(page: PdfPage): Box {
  const body = page.lines.filter((line) => line !== pageNumberLine(page))
  const right = (line: PdfLine) => {
    const last = line.words.at(-1)
    if (!last || !hangingPunctuation.test(last.text)) return line.xMax
    return line.xMax - (last.yMax - last.yMin) / 1.3
  }
  const first = body.reduce((top, line) => (line.yMin < top.yMin ? line : top))
  const last = body.reduce((bottom, line) => (line.yMax > bottom.yMax ? line : bottom))
  return {
    xMin: Math.min(...body.map((l) => l.xMin)),
    yMin: (first.yMin + first.yMax) / 2 - linePitchPoints / 2,
    xMax: Math.max(...body.map(right)),
    yMax: (last.yMin + last.yMax) / 2 + linePitchPoints / 2,
  }
}

export function isA4(page: PdfPage): boolean {
  return Math.abs(page.width - 595.28) <= 1 && Math.abs(page.height - 841.89) <= 1
}

export const toMm = (points: number): number => points / pointsPerMm

/** Where a page number sits: its side, and how far its middle is below the text block (mm). */
export function pageNumberPlacement(page: PdfPage): { side: 'left' | 'right'; leftMm: number; rightMm: number; belowTextBlockMm: number } | null {
  const line = pageNumberLine(page)
  if (!line) return null
  const middle = (line.xMin + line.xMax) / 2
  return {
    side: middle > page.width / 2 ? 'right' : 'left',
    leftMm: toMm(line.xMin),
    rightMm: toMm(page.width - line.xMax),
    belowTextBlockMm: toMm((line.yMin + line.yMax) / 2) - 262,
  }
}

/** All the text of the PDF, lines joined with newlines and the spaces pdftotext puts between words removed. */
export function pdfText(pages: PdfPage[]): string {
  return pages.flatMap((page) => page.lines.map((line) => line.words.map((w) => w.text).join(''))).join('\n')
}

/** The body text as one string: no line breaks, no page numbers (to find sentences that wrap). */
export function pdfFlowText(pages: PdfPage[]): string {
  return pages.flatMap((page) => page.lines.filter((line) => line !== pageNumberLine(page)).map((line) => line.words.map((w) => w.text).join(''))).join('')
}

/** Renders pages to PNG files `<outPrefix>-<n>.png` (kept as test artifacts); returns their paths. */
export function renderPages(pdfPath: string, outPrefix: string, options: { firstPage?: number; lastPage?: number; dpi?: number } = {}): string[] {
  mkdirSync(dirname(outPrefix), { recursive: true })
  const range = [...(options.firstPage ? ['-f', String(options.firstPage)] : []), ...(options.lastPage ? ['-l', String(options.lastPage)] : [])]
  execFileSync('pdftoppm', ['-png', '-r', String(options.dpi ?? 80), ...range, pdfPath, outPrefix], { stdio: 'pipe' })
  const prefix = basename(outPrefix)
  return readdirSync(dirname(outPrefix)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).sort().map((name) => join(dirname(outPrefix), name))
}

/** test/artifacts/documents, where rendered pages are kept. */
export const documentArtifacts = join(process.cwd(), 'test', 'artifacts', 'documents')

/** A fresh temporary folder for one conversion. */
export function scratchDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `yishi-${label}-${randomBytes(3).toString('hex')}-`))
}

export interface DocxRun { text: string; eastAsia: string | null; size: number | null; color: string | null }

/** The runs of word/document.xml (with the default size from styles.xml where a run has none). */
export async function docxRuns(docx: Buffer): Promise<DocxRun[]> {
  const zip = await JSZip.loadAsync(docx)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const runs: DocxRun[] = []
  for (const match of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)) {
    const body = match[1] ?? ''
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => unescape(t[1] ?? '')).join('')
    if (!text) continue
    runs.push({
      text,
      eastAsia: /<w:rFonts[^>]*w:eastAsia="([^"]+)"/u.exec(body)?.[1] ?? null,
      size: Number(/<w:sz w:val="(\d+)"/u.exec(body)?.[1] ?? Number.NaN) || null,
      color: /<w:color w:val="([0-9A-Fa-f]+)"/u.exec(body)?.[1] ?? null,
    })
  }
  return runs
}

/** One part of the package as text (word/footer1.xml, word/fontTable.xml …). */
export async function docxPart(docx: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx)
  return (await zip.file(name)?.async('string')) ?? ''
}

export function readBytes(path: string): Buffer {
  return readFileSync(path)
}

/**
 * Everything GB/T 9704 asks of the page layout that a PDF shows, as readable problems
 * (empty when the document is right): A4; the text block at 28 mm from the left and 37 mm
 * from the top (±1 mm), never wider than 156 mm; "— N —" on every page, about 7 mm below
 * the text block, right on odd pages and left on even ones, one character in. Measured on
 * text: a page that begins with a table shows its cells' text, a little inside the rules.
 */
export function gbLayoutProblems(pages: PdfPage[]): string[] {
  const problems: string[] = []
  for (const page of pages) {
    const at = `第${page.number}页`
    if (!isA4(page)) problems.push(`${at}不是A4：${page.width}×${page.height}pt`)
    const bounds = textBlockBounds(page)
    // A page whose every line is indented (paragraphs and 出席： lines start two characters in) starts 2 characters right of the margin.
    const left = toMm(bounds.xMin)
    const indented = 28 + (2 * 15.75) / pointsPerMm
    // The 版记's lines stand one character in (GB/T 9704 7.4.2).
    const oneIn = 28 + 15.75 / pointsPerMm
    if (Math.abs(left - 28) > 1 && Math.abs(left - indented) > 1 && Math.abs(left - oneIn) > 1) problems.push(`${at}版心左边距${left.toFixed(1)}mm，应为28mm（或段首空两字）`)
    const firstLine = page.lines.filter((line) => line !== pageNumberLine(page)).reduce((top, line) => (line.yMin < top.yMin ? line : top))
    // A line in larger type (a title or red mark first) spans more than one grid line; a
    // page that holds only the 版记 has it at its foot (7.4.1).
    const colophonOnly = toMm(firstLine.yMin) > 37 + 225 / 2
    if (firstLine.yMax - firstLine.yMin < 24 && !colophonOnly) {
      const top = toMm(bounds.yMin)
      if (Math.abs(top - 37) > 1) problems.push(`${at}版心上边距${top.toFixed(1)}mm，应为37mm`)
    }
    const right = toMm(bounds.xMax)
    if (right > 28 + 156 + 1) problems.push(`${at}文字超出版心右边：${right.toFixed(1)}mm（版心右边为184mm）`)
    const number = pageNumberPlacement(page)
    if (!number) {
      problems.push(`${at}没有“— ${page.number} —”形式的页码`)
      continue
    }
    const numberText = pageNumberLine(page)?.words.map((w) => w.text).join('') ?? ''
    if (numberText !== `—${page.number}—`) problems.push(`${at}页码为“${numberText}”，应为“—${page.number}—”`)
    const side = page.number % 2 === 1 ? 'right' : 'left'
    if (number.side !== side) problems.push(`${at}页码在${number.side === 'right' ? '右' : '左'}侧，应在${side === 'right' ? '右' : '左'}侧`)
    const inset = side === 'right' ? number.rightMm - 26 : number.leftMm - 28
    if (inset < 3 || inset > 8) problems.push(`${at}页码离版心边缘${inset.toFixed(1)}mm，应空一字（约5mm）`)
    if (number.belowTextBlockMm < 4 || number.belowTextBlockMm > 10) problems.push(`${at}页码在版心下${number.belowTextBlockMm.toFixed(1)}mm，应约7mm`)
  }
  return problems
}
