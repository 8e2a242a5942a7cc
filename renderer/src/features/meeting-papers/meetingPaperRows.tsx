import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'
import type { MeetingDocumentRow } from '../documents/MeetingDocumentsSection'

// 会议议程, 签到表 and 涉密材料分发回收登记表 as rows of 会议文件 (预览 and 导出…).

type Kind = 'agenda' | 'signInSheet' | 'secretRegister'

function paperRow(kind: Kind, name: string, unavailable: MeetingDocumentRow['unavailable']): MeetingDocumentRow {
  return {
    key: `paper-${kind}`,
    name,
    unavailable,
    preview: (meeting: MeetingDetail, onClose: () => void) => (
      <DocumentPreviewDialog
        // 2026年第1次常委会会议 + 议程 (the label already ends in 会议).
        title={`${meeting.label}${name.replace(/^会议/u, '')}`}
        load={() => call('papers.document', { meetingId: meeting.id, kind })}
        export={(output) => call('papers.exportDocument', { meetingId: meeting.id, kind, output })}
        onClose={onClose}
      />
    ),
    export: (meeting) => call('papers.exportDocument', { meetingId: meeting.id, kind }),
  }
}

/** The rows, the register only once a classified material is registered. */
export function meetingPaperRows(hasSecretMaterials: boolean): MeetingDocumentRow[] {
  return [
    paperRow('agenda', '会议议程', () => null),
    paperRow('signInSheet', '签到表', () => null),
    paperRow('secretRegister', '涉密材料分发回收登记表', () => (hasSecretMaterials ? null : '登记涉密材料后才有')),
  ]
}
