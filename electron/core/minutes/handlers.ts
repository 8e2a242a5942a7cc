import type { HandlerGroup } from '../handler-types'
import { exportMinutes } from './export-minutes'
import { issueMinutes } from './issue-service'
import { previewMinutes } from './minutes-document'
import { draftMinutesOf, redraftMinutes, returnMinutesToDraft, reviewMinutes, updateMinutes } from './minutes-service'
import { minutesState } from './minutes-store'

export const minutesHandlers = {
  'minutes.get': (input, session) => minutesState(session, input.meetingId),
  'minutes.draft': (input, session, core) => draftMinutesOf(session, core, input.meetingId),
  'minutes.redraft': (input, session, core) => redraftMinutes(session, core, input.meetingId),
  'minutes.update': (input, session, core) => updateMinutes(session, core, input.meetingId, input.content),
  'minutes.review': (input, session, core) => reviewMinutes(session, core, input.meetingId),
  'minutes.returnToDraft': (input, session, core) => returnMinutesToDraft(session, core, input.meetingId, input.reason),
  'minutes.issue': (input, session, core) => issueMinutes(session, core, input.meetingId, { signerId: input.signerId, signedOn: input.signedOn }),
  'minutes.preview': (input, session, core) => previewMinutes(session, core, input.meetingId),
  'minutes.export': (input, session, core) => exportMinutes(session, core, input.meetingId, input.output),
} satisfies HandlerGroup<'minutes.get' | 'minutes.draft' | 'minutes.redraft' | 'minutes.update' | 'minutes.review' | 'minutes.returnToDraft' | 'minutes.issue' | 'minutes.preview' | 'minutes.export'>
