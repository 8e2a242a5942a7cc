import { createContext, useContext } from 'react'
import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import type { ResumePlace } from './resumePlace'

/** Why the renderer itself locks: the 锁定 button / Ctrl+L, or its idle timer. */
export type RendererLockReason = 'manual' | 'idle'

export interface SessionContextValue {
  session: SessionInfo
  /** Replaces the session with a fresh one a channel returned (e.g. auth.changePassword). */
  updateSession: (next: SessionInfo) => void
  /** Reads auth.session again after a change that affects it (settings, one's own user). */
  refreshSession: () => Promise<void>
  /** Locks the vault (auth.lock) and returns to the unlock screen. */
  lock: (reason: RendererLockReason) => void
  /** The live screen of a meeting opened (its id) or closed (null): the idle lock waits for the meeting's time. */
  setLiveMeeting: (meetingId: string | null) => void
  /** Where the user is now, to come back to after a lock. */
  rememberPlace: (place: ResumePlace) => void
}

export const SessionContext = createContext<SessionContextValue | null>(null)

/** The unlocked session; only valid inside the unlocked part of the app. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession() outside an unlocked session')
  return value
}
