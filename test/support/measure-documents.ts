import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pdfWords, toMm } from './pdf-layout'
import { colophonPlacement, headPlacement } from './gongwen-placement'

// Prints the GB/T 9704 placement figures of every PDF in a folder (tsx test/support/measure-documents.ts <dir>).
const dir = process.argv[2] ?? '.'
for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort()) {
  const path = join(dir, name)
  const pages = pdfWords(path)
  const first = pages[0]!.lines.slice(0, 8).map((l) => `${l.words.map((w) => w.text).join('')}@${toMm(l.yMin).toFixed(1)}`)
  const head = headPlacement(path, pages, '', /〔/u.test(first.join()) ? '〔' : null)
  const col = colophonPlacement(path, pages)
  console.log(name, `pages=${pages.length}`)
  if (head) console.log('  head', JSON.stringify({ markTop: head.markTopMm.toFixed(1), linesToNumber: head.linesToNumber?.toFixed(2), ruleBelow: head.ruleBelowNumberMm?.toFixed(1), rule: head.redRule && `${head.redRule.widthMm.toFixed(1)}mm@${head.redRule.yMm.toFixed(1)}` }))
  if (col) console.log('  colophon', `page ${col.page}/${col.pageCount}`, `last rule ${col.lastRuleMm.toFixed(1)}mm`, col.rules.map((r) => `${r.widthMm.toFixed(1)}x${r.thicknessMm.toFixed(2)}@${r.yMm.toFixed(1)}`).join(' '))
}
