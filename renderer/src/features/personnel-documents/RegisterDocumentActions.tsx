import { useState } from 'react'
import type { RegisterRow } from '../../../../shared/personnel/views'
import { AppointmentNoticeDialog } from './AppointmentNoticeDialog'
import { PublicNoticeDialog } from './PublicNoticeDialog'
import './personnel-documents.css'

/** Matters a document may be made for: decided and passed (the core checks the rest and says why). */
export function documentReady(row: RegisterRow): boolean {
  return row.decision?.result === 'passed'
}

/** 生成任免通知 and 生成任前公示 for the matters ticked in the register. */
export function RegisterDocumentActions({ rows }: { rows: RegisterRow[] }) {
  const [open, setOpen] = useState<'appointment' | 'notice' | null>(null)
  const ids = rows.map((row) => row.id)
  const noticeAllowed = rows.length > 0 && rows.every((row) => row.needsNotice)
  return (
    <div className="personnel-documents-actions" role="group" aria-label="生成公文">
      <span className="table-count">{rows.length === 0 ? '勾选已决定的事项可生成公文' : `已选 ${rows.length} 项`}</span>
      <button type="button" className="button button-secondary" disabled={rows.length === 0} onClick={() => setOpen('appointment')}>
        生成任免通知
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={!noticeAllowed}
        title={rows.length > 0 && !noticeAllowed ? '所选事项中有不进行任前公示的任免类型' : undefined}
        onClick={() => setOpen('notice')}
      >
        生成任前公示
      </button>
      {open === 'appointment' && <AppointmentNoticeDialog matterIds={ids} onClose={() => setOpen(null)} />}
      {open === 'notice' && <PublicNoticeDialog matterIds={ids} onClose={() => setOpen(null)} />}
    </div>
  )
}
