import { useState } from 'react'
import type { DocumentModel } from '../../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../../shared/documents/output'
import type { Result } from '../../../../shared/errors'
import { DocumentPreviewDialog } from './DocumentPreviewDialog'

// The papers of a secret ballot (无记名投票), for a personnel item (from the book) or any
// other item: previewed, then 导出…, 导出PDF… or 打印….

interface BallotPapersProps {
  load: (numbered: boolean) => Promise<Result<DocumentModel>>
  export: (numbered: boolean, output: DocumentOutput) => Promise<Result<DocumentOutputResult>>
}

/** 打印表决票: one ballot per member taking part in the item, optionally numbered. */
export function BallotPapersButton({ load, export: exportPapers }: BallotPapersProps) {
  const [open, setOpen] = useState(false)
  const [numbered, setNumbered] = useState(false)
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" checked={numbered} onChange={(event) => setNumbered(event.target.checked)} />
        表决票编号
      </label>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        打印表决票…
      </button>
      {open && <DocumentPreviewDialog title="表决票" load={() => load(numbered)} export={(output) => exportPapers(numbered, output)} onClose={() => setOpen(false)} />}
    </>
  )
}

interface TallyReportProps {
  load: () => Promise<Result<DocumentModel>>
  export: (output: DocumentOutput) => Promise<Result<DocumentOutputResult>>
}

/** 计票结果报告单 of a counted secret ballot, for the chair to read out and the 监票人/计票人 to sign. */
export function TallyReportButton({ load, export: exportReport }: TallyReportProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        计票结果报告单
      </button>
      {open && <DocumentPreviewDialog title="计票结果报告单" load={load} export={exportReport} onClose={() => setOpen(false)} />}
    </>
  )
}
