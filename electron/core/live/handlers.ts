import type { HandlerGroup } from '../handler-types'
import { markAllPresent, saveWrittenView, setAttendance, setItemAbsence } from './attendance-service'
import { saveDecision, setOutcome } from './decision-service'
import { addRecusal, removeRecusal } from './recusal-service'
import { saveReportNotes, saveSpeech, setSpeakingOrder } from './speaking-service'
import { saveBallotTally } from './ballot-tally-service'
import { saveVote } from './vote-service'
import { markLiveScreen } from './live-screen'

export const liveHandlers = {
  'live.setAttendance': (input, session, core) => setAttendance(session, core, input),
  'live.allPresent': (input, session, core) => markAllPresent(session, core, input.meetingId),
  'live.saveWrittenView': (input, session, core) => saveWrittenView(session, core, input),
  'live.setItemAbsence': (input, session, core) => setItemAbsence(session, core, input),
  'live.setSpeakingOrder': (input, session, core) => setSpeakingOrder(session, core, input),
  'live.saveSpeech': (input, session, core) => saveSpeech(session, core, input),
  'live.saveReportNotes': (input, session, core) => saveReportNotes(session, core, input),
  'live.addRecusal': (input, session, core) => addRecusal(session, core, input),
  'live.removeRecusal': (input, session, core) => removeRecusal(session, core, input),
  'live.saveVote': (input, session, core) => saveVote(session, core, input),
  'live.saveBallotTally': (input, session, core) => saveBallotTally(session, core, input),
  'live.saveDecision': (input, session, core) => saveDecision(session, core, input),
  'live.setOutcome': (input, session, core) => setOutcome(session, core, input),
  'live.screenOpen': (input, session) => markLiveScreen(session, input.meetingId),
} satisfies HandlerGroup<'live.setAttendance' | 'live.saveWrittenView' | 'live.setItemAbsence' | 'live.setSpeakingOrder' | 'live.saveSpeech' | 'live.saveReportNotes' | 'live.addRecusal' | 'live.removeRecusal' | 'live.saveVote' | 'live.saveBallotTally' | 'live.saveDecision' | 'live.setOutcome' | 'live.screenOpen' | 'live.allPresent'>
