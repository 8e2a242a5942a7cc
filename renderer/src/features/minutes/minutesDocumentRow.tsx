import { isBeforeMeeting } from '../../../../shared/meetings/status'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'
import type { MeetingDocumentRow } from '../documents/MeetingDocumentsSection'

/** 会议纪要 in the meeting's 会议文件: its preview and export (drafting and 签发 are on the 会议纪要 page). */
export const minutesDocumentRow: MeetingDocumentRow = {
  key: 'minutes',
  name: '会议纪要',
  unavailable: (meeting) => (isBeforeMeeting(meeting.status) || meeting.status === 'in_progress' ? '会议结束后起草' : null),
  preview: (meeting, onClose) => (
    <DocumentPreviewDialog
      title={`${meeting.label}纪要`}
      load={() => call('minutes.preview', { meetingId: meeting.id })}
      export={(output) => call('minutes.export', { meetingId: meeting.id, output })}
      onClose={onClose}
    />
  ),
  export: (meeting) => call('minutes.export', { meetingId: meeting.id }),
}
