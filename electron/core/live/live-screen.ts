import { eq } from 'drizzle-orm'
import { meetings } from '../db/schema/main'
import type { Session } from '../session'

/**
 * Notes which meeting's live screen is open. Only a meeting 进行中 counts: an ended or
 * signed meeting is read, not recorded, and gets the usual idle lock.
 */
export function markLiveScreen(session: Session, meetingId: string | null): boolean {
  if (meetingId === null) {
    session.liveMeetingId = null
    return false
  }
  const row = session.db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, meetingId)).get()
  session.liveMeetingId = row?.status === 'in_progress' ? meetingId : null
  return session.liveMeetingId !== null
}
