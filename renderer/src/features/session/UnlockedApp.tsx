import { useCallback, useMemo, useState } from 'react'
import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import { call } from '../../api/client'
import { ForcedPasswordChangeScreen } from '../account/ForcedPasswordChangeScreen'
import { MainLayout } from '../layout/MainLayout'
import { IdleCountdown } from './IdleCountdown'
import type { ResumePlace } from './resumePlace'
import { SessionContext, type RendererLockReason, type SessionContextValue } from './SessionContext'
import { useIdleLock } from './useIdleLock'
import { useLockShortcut } from './useLockShortcut'

/** The countdown shown before a meeting's screen locks on idle time. */
const meetingWarnSeconds = 60

interface UnlockedAppProps {
  session: SessionInfo
  updateSession: (next: SessionInfo) => void
  refreshSession: () => Promise<void>
  lock: (reason: RendererLockReason) => void
  /** Where to open: the place this user left at the last lock, else 首页. */
  initialPlace: ResumePlace | null
  rememberPlace: (place: ResumePlace) => void
}

/**
 * Everything behind the unlock screen. Idle time and Ctrl+L lock from here, also while
 * the initial password is still to be changed. While a meeting's live screen is open the
 * idle lock waits for the meeting's (longer) time and counts down its last minute.
 */
export function UnlockedApp({ session, updateSession, refreshSession, lock, initialPlace, rememberPlace }: UnlockedAppProps) {
  const [liveMeetingId, setLiveMeetingId] = useState<string | null>(null)
  const inMeeting = liveMeetingId !== null && !session.mustChangePassword
  const minutes = inMeeting ? Math.max(session.idleLockMinutes, session.meetingIdleLockMinutes) : session.idleLockMinutes
  const secondsLeft = useIdleLock(minutes, () => lock('idle'), inMeeting ? meetingWarnSeconds : 0)
  useLockShortcut(() => lock('manual'))

  const setLiveMeeting = useCallback((meetingId: string | null) => {
    // Main's own idle check (OS idle time) must wait as long; only a meeting 进行中 counts there.
    void call('live.screenOpen', { meetingId }).then((result) => {
      if (meetingId === null) setLiveMeetingId(null)
      else if (result.ok) setLiveMeetingId(result.value ? meetingId : null)
    })
  }, [])

  const value = useMemo<SessionContextValue>(
    () => ({ session, updateSession, refreshSession, lock, setLiveMeeting, rememberPlace }),
    [session, updateSession, refreshSession, lock, setLiveMeeting, rememberPlace],
  )

  return (
    <SessionContext value={value}>
      {secondsLeft !== null ? <IdleCountdown secondsLeft={secondsLeft} /> : null}
      {session.mustChangePassword ? <ForcedPasswordChangeScreen /> : <MainLayout initialPlace={initialPlace} />}
    </SessionContext>
  )
}
