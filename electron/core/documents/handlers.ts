import type { HandlerGroup } from '../handler-types'
import { exportMeetingNotice, exportMeetingRecord, meetingNotice, meetingRecord } from './meeting-documents'

export const documentsHandlers = {
  'documents.meetingNotice': (input, session, core) => meetingNotice(session, core, input.meetingId).model,
  'documents.exportMeetingNotice': (input, session, core) => exportMeetingNotice(session, core, input.meetingId, input.output),
  'documents.meetingRecord': (input, session) => meetingRecord(session, input.meetingId).model,
  'documents.exportMeetingRecord': (input, session, core) => exportMeetingRecord(session, core, input.meetingId, input.output),
} satisfies HandlerGroup<'documents.meetingNotice' | 'documents.exportMeetingNotice' | 'documents.meetingRecord' | 'documents.exportMeetingRecord'>
