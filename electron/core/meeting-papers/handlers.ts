import type { HandlerGroup } from '../handler-types'
import { issueSecretMaterial, markCopy } from './copies-service'
import { exportMeetingPaper, meetingPaper } from './documents'
import { loadMeetingPapers } from './papers-store'
import { findMeeting } from '../live/recording'
import { setPlannedTime } from './planned-time'
import { setSignedIn } from './sign-in-service'

export const meetingPapersHandlers = {
  'papers.get': (input, session) => {
    findMeeting(session.db, input.meetingId)
    return loadMeetingPapers(session.db, input.meetingId)
  },
  'papers.setSignedIn': (input, session, core) => setSignedIn(session, core, input),
  'papers.issueSecretMaterial': (input, session, core) => issueSecretMaterial(session, core, input),
  'papers.markCopy': (input, session, core) => markCopy(session, core, input),
  'papers.setPlannedTime': (input, session, core) => setPlannedTime(session, core, input),
  'papers.document': (input, session) => meetingPaper(session, input.meetingId, input.kind).model,
  'papers.exportDocument': (input, session, core) => exportMeetingPaper(session, core, input.meetingId, input.kind, input.output),
} satisfies HandlerGroup<'papers.get' | 'papers.setSignedIn' | 'papers.issueSecretMaterial' | 'papers.markCopy' | 'papers.setPlannedTime' | 'papers.document' | 'papers.exportDocument'>
