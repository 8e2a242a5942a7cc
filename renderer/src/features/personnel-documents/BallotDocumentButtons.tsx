import { useState } from 'react'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'

/** 打印表决票: one ballot per member taking part in the item, optionally numbered; previewed, then 导出…/导出PDF…/打印…. */
export function BallotPapersButton({ meetingId, agendaItemId }: { meetingId: string; agendaItemId: string }) {
  const [open, setOpen] = useState(false)
  const [numbered, setNumbered] = useState(false)
  return (
    <>
      <label className="checkbox-inline">
        <input type="checkbox" checked={numbered} onChange={(event) => setNumbered(event.target.checked)} />
        表决票编号
      </label>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        打印表决票…
      </button>
      {open && (
        <DocumentPreviewDialog
          title="表决票"
          load={() => call('personnelDocuments.ballotPapers', { meetingId, agendaItemId, numbered })}
          export={(output) => call('personnelDocuments.exportBallotPapers', { meetingId, agendaItemId, numbered, output })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}

/** 计票结果报告单 of a counted secret ballot, for the chair to read out and the 监票人/计票人 to sign. */
export function TallyReportButton({ entryId }: { entryId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        计票结果报告单
      </button>
      {open && (
        <DocumentPreviewDialog
          title="计票结果报告单"
          load={() => call('personnelDocuments.tallyReport', { entryId })}
          export={(output) => call('personnelDocuments.exportTallyReport', { entryId, output })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
