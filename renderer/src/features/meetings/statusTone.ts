import type { MeetingStatus } from '../../../../shared/meetings/vocabulary'

/** The badge colour of a meeting's status: finished ones calm, running ones noticed. */
export const meetingStatusTone: Record<MeetingStatus, 'ok' | 'warn' | 'off' | 'info'> = {
  preparing: 'off',
  notified: 'info',
  in_progress: 'warn',
  ended: 'info',
  signed: 'ok',
}
