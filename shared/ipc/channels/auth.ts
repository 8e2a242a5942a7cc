import { z } from 'zod'
import type { Permission, Role } from '../../auth/roles'
import { channel } from '../define'
import { noInput, passwordField, usernameField } from '../fields'

export interface SessionInfo {
  userId: string
  username: string
  displayName: string
  roles: Role[]
  personnelGrant: boolean
  permissions: Permission[]
  mustChangePassword: boolean
  committeeName: string
  committeeShortName: string
  idleLockMinutes: number
  /** The idle lock's time while a meeting is being recorded on this machine. */
  meetingIdleLockMinutes: number
  /** What the unlock found that the user should read (rows put back from the signed key file, an upgrade pending). */
  securityNotices: string[]
}

export const authChannels = {
  'auth.unlock': channel<SessionInfo>()({
    input: z.strictObject({ username: usernameField, password: passwordField }),
    access: 'public',
  }),
  /** The renderer locks by hand or on its idle timer; the audit entry says which. */
  'auth.lock': channel<null>()({
    input: z.strictObject({ reason: z.enum(['manual', 'idle']) }).optional(),
    access: 'public',
  }),
  'auth.session': channel<SessionInfo | null>()({ input: noInput, access: 'public' }),
  'auth.changePassword': channel<SessionInfo>()({
    input: z.strictObject({ currentPassword: passwordField, newPassword: passwordField }),
    access: 'session',
  }),
}
