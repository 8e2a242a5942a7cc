import { Document, Packer, type Paragraph, type Table } from 'docx'
import type { DocumentModel } from '../../../../shared/documents/model'
import { blockElements } from './blocks'
import { fixedPackage } from './fixed-package'
import { pageNumberFooters } from './footer'
import { headerMarkParagraphs } from './header-marks'
import { sectionProperties } from './page-setup'
import { documentStyles } from './styles'

// A DocumentModel as a GB/T 9704 .docx: page set-up, header marks, the blocks, page
// numbers; byte-identical for the same model.

export const documentCreator = '议事录'

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...headerMarkParagraphs(model.marks), ...model.blocks.flatMap(blockElements)]
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
