import type { DocumentBlock, DocumentModel, HeaderMarks } from '../../shared/documents/model'

// A DocumentModel as the lines a reader sees, for exact-text assertions on the builders.

function blockLines(block: DocumentBlock): string[] {
  switch (block.kind) {
    case 'redMark':
    case 'centredLine':
    case 'title':
    case 'addressee':
      return [block.text]
    case 'splitLine':
      return [`${block.left}\u3000${block.right}`]
    case 'paragraph':
      return [block.runs.map((run) => run.text).join('')]
    case 'heading':
      return [block.text]
    case 'labelled':
      return [`${block.label}${block.text}`]
    case 'table':
      return [block.columns.join('|'), ...block.rows.map((row) => row.join('|'))]
    case 'signature':
      return [block.issuer, block.date]
    case 'signatureLines':
      return block.labels
    case 'checkCode':
      return [`校验码：${block.code}`]
    case 'colophon':
      return [...block.lines.map((line) => `${line.label}：${line.text}`), ...(block.printer ? [`${block.printer.office}\u3000${block.printer.date}印发`] : [])]
    case 'redRule':
      return ['——红线——']
    case 'blank':
      return ['']
    case 'pageBreak':
      return ['——分页——']
    case 'keepStart':
    case 'keepEnd':
      return []
    case 'sheetMarks':
      return markTexts(block.marks)
  }
}

function markTexts(marks: HeaderMarks | undefined): string[] {
  return marks ? [marks.copyNumber, marks.classification, marks.urgency].filter((mark): mark is string => Boolean(mark)) : []
}

export function documentLines(model: DocumentModel): string[] {
  return [...markTexts(model.marks), ...model.blocks.flatMap(blockLines)]
}
