import { useState } from 'react'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'

/** 生成记录本页: the entry in the book's fixed template, previewed, then 导出… as .docx. */
export function EntryPageButton({ entryId, label }: { entryId: string; label: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        生成记录本页
      </button>
      {open && (
        <DocumentPreviewDialog
          title={`干部任免专用记录本 ${label}`}
          load={() => call('personnelDocuments.entryPage', { entryId })}
          export={(output) => call('personnelDocuments.exportEntryPage', { entryId, output })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
