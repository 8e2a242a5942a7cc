import { z } from 'zod'
import { channel } from '../define'
import { noInput, passwordField, plainText, usernameField } from '../fields'

export type VaultState = 'absent' | 'locked' | 'unlocked' | 'damaged'

export interface VaultStatus {
  state: VaultState
  /** Where the vault lives, so the secretary knows which folder to back up. */
  location: string
}

export const createVaultInput = z.strictObject({
  committeeName: plainText(64, '党委全称'),
  committeeShortName: plainText(32, '简称'),
  admin: z.strictObject({
    username: usernameField,
    displayName: plainText(32, '姓名'),
    password: passwordField,
  }),
})

export const vaultChannels = {
  'vault.status': channel<VaultStatus>()({ input: noInput, access: 'public' }),
  'vault.create': channel<VaultStatus>()({ input: createVaultInput, access: 'public' }),
}
