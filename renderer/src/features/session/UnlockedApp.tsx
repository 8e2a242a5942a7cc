import { useMemo } from 'react'
import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import { ForcedPasswordChangeScreen } from '../account/ForcedPasswordChangeScreen'
import { MainLayout } from '../layout/MainLayout'
import { SessionContext, type RendererLockReason, type SessionContextValue } from './SessionContext'
import { useIdleLock } from './useIdleLock'
import { useLockShortcut } from './useLockShortcut'

interface UnlockedAppProps {
  session: SessionInfo
  updateSession: (next: SessionInfo) => void
  refreshSession: () => Promise<void>
  lock: (reason: RendererLockReason) => void
}

/**
 * Everything behind the unlock screen. Idle time and Ctrl+L lock from here, also while
 * the initial password is still to be changed.
 */
export function UnlockedApp({ session, updateSession, refreshSession, lock }: UnlockedAppProps) {
  useIdleLock(session.idleLockMinutes, () => lock('idle'))
  useLockShortcut(() => lock('manual'))

  const value = useMemo<SessionContextValue>(() => ({ session, updateSession, refreshSession, lock }), [session, updateSession, refreshSession, lock])

  return <SessionContext value={value}>{session.mustChangePassword ? <ForcedPasswordChangeScreen /> : <MainLayout />}</SessionContext>
}
