import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import type { LockReason } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'

/** Which screen the app shows; App.tsx moves between them. */
export type Screen =
  | { kind: 'starting' }
  | { kind: 'startError'; message: string }
  | { kind: 'setup' }
  /** `notice`: how the damage showed, when it did during a session; `refusal`: unlock found tampering or a rollback. */
  | { kind: 'damaged'; location: string; username: string; notice: string | null; refusal: VaultRefusal | null }
  | {
      kind: 'locked'
      /** Why the app was locked, when it was (shown on the unlock screen). */
      reason: LockReason | null
      /** Pre-filled user name: the user who was just locked out, or the new administrator. */
      username: string
      /** A one-time note, e.g. after the vault was created. */
      notice: string | null
    }
  | { kind: 'unlocked'; session: SessionInfo }

export function lockedScreen(reason: LockReason | null = null, username = '', notice: string | null = null): Screen {
  return { kind: 'locked', reason, username, notice }
}

/** Asks the core where we are: no vault yet, locked, already unlocked, or damaged. */
export async function readStartScreen(): Promise<Screen> {
  const status = await call('vault.status')
  if (!status.ok) return { kind: 'startError', message: status.error.message }
  switch (status.value.state) {
    case 'absent':
      return { kind: 'setup' }
    case 'damaged':
      return { kind: 'damaged', location: status.value.location, username: '', notice: null, refusal: null }
    case 'locked':
      return lockedScreen()
    case 'unlocked': {
      const session = await call('auth.session')
      if (!session.ok) return { kind: 'startError', message: session.error.message }
      return session.value ? { kind: 'unlocked', session: session.value } : lockedScreen()
    }
  }
}

/**
 * The key file was fine but a store would not open at unlock, or failed as damaged during
 * the session (VAULT_DAMAGED): the damaged screen, with the user name already typed.
 * vault.status only supplies the folder here.
 */
export async function damagedAtUnlock(username: string, { notice = null, refusal = null }: { notice?: string | null; refusal?: VaultRefusal | null } = {}): Promise<Screen> {
  const status = await call('vault.status')
  if (!status.ok) return { kind: 'startError', message: status.error.message }
  return { kind: 'damaged', location: status.value.location, username, notice, refusal }
}

/** Unlock refused a vault whose key file was tampered with or whose store is behind its signed head. */
export interface VaultRefusal {
  code: 'VAULT_TAMPERED' | 'VAULT_ROLLED_BACK'
  message: string
  /** What exactly was found (the core's details.problem), when it said. */
  problem: string | null
}

export function problemOf(details: Record<string, unknown> | undefined): string | null {
  return typeof details?.problem === 'string' ? details.problem : null
}
