import type { CSSProperties, ReactNode } from 'react'
import type { DocumentBlock, DocumentModel, HeaderMarks, TextRun } from '../../../../shared/documents/model'
import { headMetrics, lineMm, markLines, paginatedBlocks, redMarkHeightMm, redMarkPoints } from '../../../../shared/documents/pagination'
import { tableLayout, type TableBlock } from '../../../../shared/documents/table-layout'
import { titleLines, widthInChars } from '../../../../shared/documents/text-width'
import { checkCodeLine } from '../../../../shared/seals/check-code'
import './documents.css'

// The same DocumentModel the .docx is written from, as an A4 sheet in HTML: GB/T 9704
// margins, fonts (with the fallbacks a machine without the official fonts has), the red
// mark and rule, labelled lines with a hanging indent, tables sized as the .docx sizes them,
// the 版记 on the foot of its (even) page. The sheets are the .docx's pages as the shared
// pagination lays them out for Chromium's line breaking (shared/documents/pagination.ts): a
// page break starts a new sheet.

const fontClass = { body: 'gw-body', hei: 'gw-hei', kai: 'gw-kai' } as const
const headingFont = { 1: 'gw-hei', 2: 'gw-kai', 3: 'gw-body', 4: 'gw-body' } as const

function runs(list: TextRun[]): ReactNode {
  return list.map((run, i) => (
    <span key={i} className={fontClass[run.font ?? 'body']} style={run.bold ? { fontWeight: 'bold' } : undefined}>
      {run.text}
    </span>
  ))
}

/** How far below its line's top the mark's glyphs start in Chromium (measured on its PDF). */
const markGlyphOffsetMm = 1.7

/** GB/T 9704 7.2.3: the mark in 小初 (unless too long for one line), its top 35 mm below the text block's top. */
const redMarkStyle = (text: string, linesAbove: number): CSSProperties => ({
  fontSize: `${redMarkPoints(text)}pt`,
  lineHeight: `${redMarkHeightMm(text)}mm`,
  marginTop: `${headMetrics.markTopMm - linesAbove * lineMm - markGlyphOffsetMm}mm`,
})

function Block({ block, linesAbove }: { block: DocumentBlock; linesAbove: number }) {
  switch (block.kind) {
    case 'redMark':
      return <p className="gw-red-mark" style={redMarkStyle(block.text, linesAbove)}>{block.text}</p>
    case 'centredLine':
      return <p className="gw-centred">{block.text}</p>
    case 'splitLine':
      return (
        <p className="gw-split">
          <span>{block.left}</span>
          <span>
            {block.right}
            {block.rightName && <span className="gw-kai">{block.rightName}</span>}
          </span>
        </p>
      )
    case 'redRule':
      return <hr className="gw-red-rule" />
    case 'title':
      return (
        <h3 className="gw-title">
          {titleLines(block.text).map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </h3>
      )
    case 'addressee':
      return <p className="gw-flush">{block.text}</p>
    case 'paragraph':
      return <p className="gw-paragraph">{runs(block.runs)}</p>
    case 'heading':
      return <p className={`gw-paragraph ${headingFont[block.level]}`}>{block.text}</p>
    case 'labelled': {
      const label = block.labelChars ?? widthInChars(block.label)
      return (
        <p className="gw-labelled" style={{ paddingLeft: `${2 + label}em`, textIndent: `-${label}em` }}>
          <span className="gw-hei" style={block.labelChars === undefined ? undefined : { display: 'inline-block', minWidth: `${label}em`, textIndent: 0 }}>{block.label}</span>
          {block.text}
        </p>
      )
    }
    case 'table':
      return <PreviewTable table={block} />
    case 'signature': {
      const issuerRight = Math.max(0, 4 + (widthInChars(block.date) - widthInChars(block.issuer)) / 2)
      return (
        <div className="gw-signature">
          <p style={{ paddingRight: `${issuerRight}em` }}>{block.issuer}</p>
          <p style={{ paddingRight: '4em' }}>{block.date}</p>
        </div>
      )
    }
    case 'signatureLines':
      return (
        <div className="gw-signature-lines">
          {block.labels.map((label) => (
            <p key={label} className="gw-paragraph">
              {label}
              <span className="gw-sign-here" />
            </p>
          ))}
        </div>
      )
    case 'checkCode':
      return <p className="gw-check-code">{checkCodeLine(block.code)}</p>
    case 'colophon':
      return (
        <div className="gw-colophon" style={{ marginTop: `${block.spaceAboveMm ?? lineMm}mm` }}>
          {block.lines.map((line) => (
            <p key={line.label} style={{ paddingLeft: `${1 + widthInChars(line.label) + 1}em`, textIndent: `-${widthInChars(line.label) + 1}em` }}>
              {line.label}：{line.text}
            </p>
          ))}
          {block.printer && (
            <p className="gw-split">
              <span>{block.printer.office}</span>
              <span>{block.printer.date}印发</span>
            </p>
          )}
        </div>
      )
    case 'blank':
      return <p className="gw-blank" aria-hidden="true" />
    case 'sheetMarks':
      return <Marks marks={block.marks} />
    case 'pageBreak':
    case 'keepStart':
    case 'keepEnd':
      return null
  }
}

/** 4号, columns as wide as the .docx makes them (shared/documents/table-layout.ts), whole columns never wrapping. */
function PreviewTable({ table }: { table: TableBlock }) {
  const layout = tableLayout(table)
  return (
    <table className="gw-table">
      <colgroup>
        {layout.widthsMm.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {table.columns.map((_, c) => (
              <td key={c} style={{ textAlign: layout.align[c], whiteSpace: table.whole?.[c] ? 'nowrap' : undefined }}>{row[c] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The blocks in sheets: a page break starts the next one. */
function sheets(blocks: DocumentBlock[]): DocumentBlock[][] {
  const result: DocumentBlock[][] = [[]]
  for (const block of blocks) {
    if (block.kind === 'pageBreak') result.push([])
    else result.at(-1)!.push(block)
  }
  return result
}

/** 份号, 密级 and 紧急程度, flush left at the top of a sheet. */
function Marks({ marks }: { marks: HeaderMarks }) {
  return (
    <div className="gw-marks">
      {marks.copyNumber && <p className="gw-flush">{marks.copyNumber}</p>}
      {marks.classification && <p className="gw-flush gw-hei">{marks.classification}</p>}
      {marks.urgency && <p className="gw-flush gw-hei">{marks.urgency}</p>}
    </div>
  )
}

export function DocumentPreview({ model }: { model: DocumentModel }) {
  const marks = model.marks
  return (
    <div className="gw-document" aria-label={`${model.documentTitle}（预览）`}>
      {sheets(paginatedBlocks(model, 'chromium')).map((blocks, sheet) => (
        <article key={sheet} className="gw-page">
          {sheet === 0 && marks && <Marks marks={marks} />}
          {blocks.map((block, i) => (
            <Block key={i} block={block} linesAbove={sheet === 0 ? markLines(marks) : 0} />
          ))}
        </article>
      ))}
    </div>
  )
}
