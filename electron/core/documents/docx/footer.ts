import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import { runFonts } from './fonts'
import { chars } from './page-setup'
import { sizes } from './text-runs'

// GB/T 9704 7.5: page numbers "— N —" in 4号 宋体 below the text block, odd pages
// right and even pages left, one character in (the document sets evenAndOddHeaders).

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = { font: runFonts('song'), size: sizes.四号 }
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: chars(1) } : { left: chars(1) },
        children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  })
}

export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') }
}
