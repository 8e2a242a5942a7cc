import { Paragraph } from 'docx'
import type { HeaderMarks } from '../../../../shared/documents/model'
import { styledRun } from './text-runs'

// GB/T 9704 7.2.1–7.2.3: 份号, 密级和保密期限 and 紧急程度, each flush left on its own line
// at the top left of the text block on the first page.

export function headerMarkParagraphs(marks: HeaderMarks | undefined): Paragraph[] {
  if (!marks) return []
  const lines: Paragraph[] = []
  if (marks.copyNumber) lines.push(new Paragraph({ children: [styledRun(marks.copyNumber, 'body')] }))
  if (marks.classification) lines.push(new Paragraph({ children: [styledRun(marks.classification, 'hei')] }))
  if (marks.urgency) lines.push(new Paragraph({ children: [styledRun(marks.urgency, 'hei')] }))
  return lines
}
