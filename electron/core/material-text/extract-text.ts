import { createRequire } from 'node:module'
import { dirname, extname, join } from 'node:path'

// A material's text, read from its decrypted bytes in memory (never from a file): .docx with
// mammoth, PDFs' text layers with pdfjs (its legacy build, made for plain Node: no canvas, no
// network, fonts not loaded), .txt as UTF-8 or GB18030. Runs on the text worker (text-worker.ts).

export type MaterialText =
  | { state: 'text'; text: string }
  /** A PDF without a text layer (a scan): 无文字层. */
  | { state: 'no_text' }
  | { state: 'unsupported' }
  | { state: 'failed' }

/** Enough for any report; a hostile file cannot fill the index. */
export const maxTextChars = 1_000_000

export function textFormatOf(fileName: string): 'docx' | 'pdf' | 'txt' | null {
  const extension = extname(fileName).slice(1).toLowerCase()
  return extension === 'docx' || extension === 'pdf' || extension === 'txt' ? extension : null
}

/** Runs of whitespace to one space, so snippets read as prose. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, maxTextChars)
}

/** A text file's bytes as text: UTF-8 (without its BOM), else GB18030. */
export function plainText(bytes: Uint8Array): string {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom)
  } catch {
    // Chinese text files saved by older Windows tools.
    return new TextDecoder('gb18030').decode(withoutBom)
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth')
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  return result.value
}

/**
 * A PDF's text comes in runs (a printer splits 「安排38.6亿元」 into 「安排 38.6 亿元」) and its
 * lines break inside sentences. Chinese has no spaces between words, so spaces and line breaks
 * beside a Chinese character or punctuation mark are dropped, or a phrase typed as it reads
 * would not be found.
 */
export function withoutCjkGaps(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '')
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // Chinese PDFs name their character maps: read from the package's own folder.
  const cMapUrl = join(dirname(createRequire(__filename).resolve('pdfjs-dist/package.json')), 'cmaps') + '/'
  // pdfjs refuses a Buffer: a plain view of the same memory (it takes the bytes over).
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const task = pdfjs.getDocument({ data, cMapUrl, cMapPacked: true, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, verbosity: 0 })
  const document = await task.promise
  try {
    const pages: string[] = []
    let length = 0
    for (let number = 1; number <= document.numPages && length < maxTextChars; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
      pages.push(text)
      length += text.length
      page.cleanup()
    }
    return withoutCjkGaps(pages.join('\n'))
  } finally {
    await task.destroy()
  }
}

export async function extractText(bytes: Uint8Array, fileName: string): Promise<MaterialText> {
  const format = textFormatOf(fileName)
  if (!format) return { state: 'unsupported' }
  try {
    const raw = format === 'txt' ? plainText(bytes) : format === 'docx' ? await docxText(bytes) : await pdfText(bytes)
    const text = tidy(raw)
    if (text.length > 0) return { state: 'text', text }
    return format === 'pdf' ? { state: 'no_text' } : { state: 'text', text: '' }
  } catch {
    return { state: 'failed' }
  }
}
