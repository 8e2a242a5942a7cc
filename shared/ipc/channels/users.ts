import { z } from 'zod'
import { roles, type Role } from '../../auth/roles'
import { channel } from '../define'
import type { KeyRotation } from './keys'
import { idField, noInput, passwordField, plainText, usernameField } from '../fields'

export interface UserSummary {
  id: string
  username: string
  displayName: string
  roles: Role[]
  personnelGrant: boolean
  disabled: boolean
  mustChangePassword: boolean
  createdAt: string
  updatedAt: string
}

/** 停用's answer: the user, and the stores moved to new keys with it (the user's old keys open none of them). */
export interface UserDisabled {
  user: UserSummary
  rotation: KeyRotation
}

const rolesField = z
  .array(z.enum(roles, { error: '角色不正确' }), { error: '请选择角色' })
  .min(1, { error: '请至少选择一个角色' })
  .max(roles.length)
  .refine((list) => new Set(list).size === list.length, { error: '角色不能重复' })

export const usersChannels = {
  'users.list': channel<UserSummary[]>()({ input: noInput, access: 'users.manage' }),
  'users.create': channel<UserSummary>()({
    input: z.strictObject({
      username: usernameField,
      displayName: plainText(32, '姓名'),
      roles: rolesField,
      personnelGrant: z.boolean(),
      /** The initial password, which the user must change at first unlock. */
      password: passwordField,
    }),
    access: 'users.manage',
  }),
  'users.update': channel<UserSummary>()({
    input: z.strictObject({
      id: idField,
      displayName: plainText(32, '姓名'),
      roles: rolesField,
      personnelGrant: z.boolean(),
    }),
    access: 'users.manage',
  }),
  /**
   * Disabling removes the user's entry from the key file and moves the stores they could open
   * to new data keys in the same step: their password and any older key file open nothing current.
   */
  'users.disable': channel<UserDisabled>()({ input: z.strictObject({ id: idField }), access: 'users.manage' }),
  /** Sets a new initial password (the user must change it); also re-enables a disabled user. */
  'users.resetPassword': channel<UserSummary>()({
    input: z.strictObject({ id: idField, password: passwordField }),
    access: 'users.manage',
  }),
}
