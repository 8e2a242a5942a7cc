import { eq } from 'drizzle-orm'
import { permissionsOf, type Role } from '../../shared/auth/roles'
import { AppError } from '../../shared/errors'
import type { SessionInfo } from '../../shared/ipc/channels/auth'
import type { Actor } from './audit/audit-log'
import { users } from './db/schema/main'
import { readSettings } from './settings/settings-store'
import { closeVault, type OpenVault } from './vault/vault'

export type UserRow = typeof users.$inferSelect

/** The unlocked state of one user: open stores, keys in memory, and who is acting. */
export class Session {
  user: UserRow
  /** The meeting 进行中 whose live screen is open (live.screenOpen); the idle lock waits longer then. */
  liveMeetingId: string | null = null

  constructor(readonly vault: OpenVault) {
    this.user = this.loadUser()
  }

  get db() {
    return this.vault.main
  }

  get actor(): Actor {
    return { userId: this.user.id, userName: this.user.displayName }
  }

  /** From the signed key file (vault/unlock-authority.ts), never from the row a key holder can rewrite. */
  get roles(): Role[] {
    return this.vault.roles
  }

  /** Reload after a change to the acting user's own row. */
  refresh(): void {
    this.user = this.loadUser()
  }

  info(): SessionInfo {
    const settings = readSettings(this.db)
    const holder = { roles: this.roles, personnelGrant: this.vault.personnelKey !== null }
    return {
      userId: this.user.id,
      username: this.user.username,
      displayName: this.user.displayName,
      roles: this.roles,
      personnelGrant: holder.personnelGrant,
      permissions: [...permissionsOf(holder)],
      mustChangePassword: this.user.mustChangePassword,
      committeeName: settings.committeeName,
      committeeShortName: settings.committeeShortName,
      idleLockMinutes: settings.idleLockMinutes,
      meetingIdleLockMinutes: settings.meetingIdleLockMinutes,
      securityNotices: this.vault.notices,
    }
  }

  /** The idle time after which this session locks: the meeting's while a live screen is open. */
  idleLockMinutes(): number {
    const settings = readSettings(this.db)
    return this.liveMeetingId === null ? settings.idleLockMinutes : Math.max(settings.idleLockMinutes, settings.meetingIdleLockMinutes)
  }

  close(): void {
    closeVault(this.vault)
  }

  private loadUser(): UserRow {
    const row = this.vault.main.select().from(users).where(eq(users.id, this.vault.entry.userId)).get()
    if (!row) throw new AppError('AUTH_FAILED')
    return row
  }
}
