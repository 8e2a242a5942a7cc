import type { DocumentModel } from '../../shared/documents/model'

/** The text of each block of a document model, one string a block (a table's rows joined by newlines), to check what a document says without rendering it. */
export function blockTexts(model: DocumentModel): string[] {
  return model.blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph': return block.runs.map((r) => r.text).join('')
      case 'labelled': return `${block.label}${block.text}`
      case 'table': return [block.columns, ...block.rows].map((row) => row.join('|')).join('\n')
      case 'signature': return `${block.issuer} ${block.date}`
      case 'signatureLines': return block.labels.join(' ')
      case 'checkCode': return `校验码：${block.code}`
      case 'colophon': return [...block.lines.map((l) => `${l.label}：${l.text}`), block.printer ? `${block.printer.office} ${block.printer.date}印发` : ''].join('\n')
      case 'splitLine': return `${block.left} ${block.right}`
      case 'sheetMarks': return [block.marks.copyNumber, block.marks.classification].filter(Boolean).join(' ')
      case 'redRule': case 'blank': case 'pageBreak': case 'keepStart': case 'keepEnd': return ''
      default: return block.text
    }
  })
}
