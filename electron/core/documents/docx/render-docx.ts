import { Document, Packer, type Paragraph, type Table } from 'docx'
import type { DocumentBlock, DocumentModel } from '../../../../shared/documents/model'
import { paginatedBlocks } from '../../../../shared/documents/pagination'
import { blockElements } from './blocks'
import { fixedPackage } from './fixed-package'
import { pageNumberFooters } from './footer'
import { headerMarkParagraphs } from './header-marks'
import { sectionProperties } from './page-setup'
import { documentStyles } from './styles'

// A DocumentModel as a GB/T 9704 .docx: page set-up, header marks, the blocks as laid out
// on pages (shared/documents/pagination.ts: the 版记 on an even page), page numbers;
// byte-identical for the same model.

export const documentCreator = '议事录'

/**
 * The blocks kept with the 署名 that follows them: the blank lines and the last paragraph (never a
 * signature alone on a page); and the signature lines kept with the check code after them.
 */
function keptWithSignature(blocks: DocumentBlock[]): Set<number> {
  const kept = new Set<number>()
  blocks.forEach((block, index) => {
    if (block.kind === 'checkCode' && index > 0) kept.add(index - 1)
    if (block.kind !== 'signature') return
    for (let i = index - 1; i >= 0; i -= 1) {
      kept.add(i)
      if (blocks[i]!.kind !== 'blank') break
    }
  })
  return kept
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const blocks = paginatedBlocks(model)
  const kept = keptWithSignature(blocks)
  // Breaks before the 版记 (and the empty odd page before it) are written as page-break-before, so nothing takes a line at a page's top.
  const children: (Paragraph | Table)[] = [...headerMarkParagraphs(model.marks)]
  blocks.forEach((block, i) => {
    const leadsToColophon = block.kind === 'pageBreak' && blocks.slice(i + 1).find((b) => b.kind !== 'pageBreak')?.kind === 'colophon'
    // The first of the breaks is carried by the next paragraph: an empty one on the page left blank, or the 版记's spacer.
    if (leadsToColophon && blocks[i - 1]?.kind !== 'pageBreak') return
    const afterBreak = blocks[i - 1]?.kind === 'pageBreak' && (block.kind === 'colophon' || leadsToColophon)
    children.push(...blockElements(block, { keepNext: kept.has(i), marks: model.marks, pageBreakBefore: afterBreak }))
  })
  const document = new Document({
    creator: documentCreator,
    lastModifiedBy: documentCreator,
    title: model.documentTitle,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles,
    sections: [{ properties: sectionProperties, footers: pageNumberFooters(), children }],
  })
  return fixedPackage(await Packer.toBuffer(document))
}
