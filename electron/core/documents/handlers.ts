import type { HandlerGroup } from '../handler-types'
import { exportItemBallotPapers, exportItemTallyReport, itemBallotPapers, itemTallyReport } from './ballot-documents'
import { exportMeetingNotice, exportMeetingRecord, meetingNotice, meetingRecord } from './meeting-documents'

export const documentsHandlers = {
  'documents.meetingNotice': (input, session, core) => meetingNotice(session, core, input.meetingId).model,
  'documents.exportMeetingNotice': (input, session, core) => exportMeetingNotice(session, core, input.meetingId, input.output),
  'documents.meetingRecord': (input, session) => meetingRecord(session, input.meetingId).model,
  'documents.exportMeetingRecord': (input, session, core) => exportMeetingRecord(session, core, input.meetingId, input.output),
  'documents.ballotPapers': (input, session) => itemBallotPapers(session, input).model,
  'documents.exportBallotPapers': (input, session, core) => exportItemBallotPapers(session, core, input),
  'documents.tallyReport': (input, session) => itemTallyReport(session, input).model,
  'documents.exportTallyReport': (input, session, core) => exportItemTallyReport(session, core, input),
} satisfies HandlerGroup<
  | 'documents.meetingNotice' | 'documents.exportMeetingNotice' | 'documents.meetingRecord' | 'documents.exportMeetingRecord'
  | 'documents.ballotPapers' | 'documents.exportBallotPapers' | 'documents.tallyReport' | 'documents.exportTallyReport'
>
