import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const liveHandlers = {
  'live.setAttendance': pending,
  'live.saveWrittenView': pending,
  'live.setItemAbsence': pending,
  'live.setSpeakingOrder': pending,
  'live.saveSpeech': pending,
  'live.saveReportNotes': pending,
  'live.addRecusal': pending,
  'live.removeRecusal': pending,
  'live.saveVote': pending,
  'live.saveDecision': pending,
  'live.setOutcome': pending,
} satisfies HandlerGroup<'live.setAttendance' | 'live.saveWrittenView' | 'live.setItemAbsence' | 'live.setSpeakingOrder' | 'live.saveSpeech' | 'live.saveReportNotes' | 'live.addRecusal' | 'live.removeRecusal' | 'live.saveVote' | 'live.saveDecision' | 'live.setOutcome'>
