import { useState, type ReactNode } from 'react'
import type { DocumentOutputResult } from '../../../../shared/documents/output'
import type { Result } from '../../../../shared/errors'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { isBeforeMeeting } from '../../../../shared/meetings/status'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useAction } from '../../lib/useAction'
import { DocumentPreviewDialog } from './DocumentPreviewDialog'
import './documents.css'

// 会议文件 on the meeting page: one row per document of the meeting, each with 预览 (the
// printed page) and 导出…. A document type adds its row to `meetingDocumentRows`.

export interface MeetingDocumentRow {
  key: string
  /** 会议通知 */
  name: string
  /** Why it cannot be produced yet, or null when it can. */
  unavailable: (meeting: MeetingDetail) => string | null
  /** The preview dialog for the meeting (DocumentPreviewDialog, or the type's own screen). */
  preview: (meeting: MeetingDetail, onClose: () => void) => ReactNode
  /** 导出… straight from the row: the save dialog, then the file; null when cancelled. */
  export: (meeting: MeetingDetail) => Promise<Result<DocumentOutputResult>>
}

export const meetingDocumentRows: MeetingDocumentRow[] = [
  {
    key: 'notice',
    name: '会议通知',
    unavailable: () => null,
    preview: (meeting, onClose) => (
      <DocumentPreviewDialog
        title={`${meeting.label}通知`}
        load={() => call('documents.meetingNotice', { meetingId: meeting.id })}
        export={(output) => call('documents.exportMeetingNotice', { meetingId: meeting.id, output })}
        onClose={onClose}
      />
    ),
    export: (meeting) => call('documents.exportMeetingNotice', { meetingId: meeting.id }),
  },
  {
    key: 'record',
    name: '会议记录',
    unavailable: (meeting) => (isBeforeMeeting(meeting.status) ? '会议开始后才有会议记录' : null),
    preview: (meeting, onClose) => (
      <DocumentPreviewDialog
        title={`${meeting.label}记录`}
        load={() => call('documents.meetingRecord', { meetingId: meeting.id })}
        export={(output) => call('documents.exportMeetingRecord', { meetingId: meeting.id, output })}
        onClose={onClose}
      />
    ),
    export: (meeting) => call('documents.exportMeetingRecord', { meetingId: meeting.id }),
  },
]

export function MeetingDocumentsSection({ meeting, rows = meetingDocumentRows }: { meeting: MeetingDetail; rows?: MeetingDocumentRow[] }) {
  const [open, setOpen] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const { busy, error, run } = useAction()
  const current = rows.find((row) => row.key === open)
  return (
    <section className="card" aria-labelledby="meeting-documents-title">
      <h2 id="meeting-documents-title">会议文件</h2>
      <ul className="document-rows">
        {rows.map((row) => {
          const reason = row.unavailable(meeting)
          return (
            <li key={row.key} className="document-row">
              <span>
                {row.name}
                {reason && <span className="document-row-note">（{reason}）</span>}
              </span>
              <span className="document-row-actions">
                <button type="button" className="button button-secondary" disabled={reason !== null} onClick={() => setOpen(row.key)} aria-label={`预览${row.name}`}>
                  预览
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={reason !== null || busy}
                  onClick={() => {
                    setSaved(null)
                    void run(() => row.export(meeting), (result) => result && 'path' in result && setSaved(result.path))
                  }}
                  aria-label={`导出${row.name}…`}
                >
                  导出…
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在导出…</StatusMessage>}
      {saved && <StatusMessage tone="success">已导出到 {saved}</StatusMessage>}
      {current && current.preview(meeting, () => setOpen(null))}
    </section>
  )
}
