import { AppError } from '../../../shared/errors'
import {
  decryptBox,
  deriveKeyFromPassword,
  encryptBox,
  generateUserKeyPair,
  newKdfParams,
  openSealedDataKey,
  sealDataKey,
  usernameTag,
  wipe,
  type KdfParams,
} from './crypto'
import type { KeyFile, KeyFileUser, StoreName } from './keyfile'
import { withoutPendingKey } from './pending-keys'

export type KdfCost = Partial<Omit<KdfParams, 'alg' | 'salt'>>

function privateKeyLabel(userId: string): string {
  return `yishi/private-key/${userId}`
}

/** A fresh key-file entry for a user: new key pair, password-wrapped, with the given data keys sealed to it. */
export async function newKeyFileUser(args: {
  vaultId: string
  userId: string
  username: string
  password: string
  dataKeys: { main: Buffer; personnel: Buffer | null }
  kdfCost?: KdfCost
}): Promise<KeyFileUser> {
  const kdf = newKdfParams(args.kdfCost)
  const passwordKey = await deriveKeyFromPassword(args.password, kdf)
  const pair = generateUserKeyPair()
  try {
    return {
      userId: args.userId,
      tag: usernameTag(args.vaultId, args.username),
      kdf,
      publicKey: pair.publicKey,
      privateKey: encryptBox(passwordKey, pair.privateKey, privateKeyLabel(args.userId)),
      sealedKeys: {
        main: sealDataKey(args.dataKeys.main, pair.publicKey, 'main'),
        ...(args.dataKeys.personnel ? { personnel: sealDataKey(args.dataKeys.personnel, pair.publicKey, 'personnel') } : {}),
      },
    }
  } finally {
    wipe(passwordKey, pair.privateKey)
  }
}

// Used when the user name is unknown, so a wrong name costs the same time as a wrong password.
const decoyKdf = newKdfParams()

/** Unwraps a user's private key with the password; AUTH_FAILED when either is wrong. */
export async function unwrapPrivateKey(keyFile: KeyFile, username: string, password: string): Promise<{ entry: KeyFileUser; privateKey: Buffer }> {
  const tag = usernameTag(keyFile.vaultId, username)
  const entry = keyFile.users.find((user) => user.tag === tag)
  const passwordKey = await deriveKeyFromPassword(password, entry?.kdf ?? decoyKdf)
  try {
    const privateKey = entry ? decryptBox(passwordKey, entry.privateKey, privateKeyLabel(entry.userId)) : null
    if (!entry || !privateKey) throw new AppError('AUTH_FAILED')
    return { entry, privateKey }
  } finally {
    wipe(passwordKey)
  }
}

export function openUserDataKey(entry: KeyFileUser, privateKey: Buffer, store: StoreName): Buffer | null {
  const sealed = entry.sealedKeys[store]
  return sealed ? openSealedDataKey(sealed, privateKey, entry.publicKey, store) : null
}

/** The store's next key while a rotation is pending (see pending-keys.ts), else null. */
export function openUserPendingKey(entry: KeyFileUser, privateKey: Buffer, store: StoreName): Buffer | null {
  const sealed = entry.pendingKeys?.[store]
  return sealed ? openSealedDataKey(sealed, privateKey, entry.publicKey, store) : null
}

/** The same entry with its private key wrapped under a new password. */
export async function rewrapPrivateKey(entry: KeyFileUser, privateKey: Buffer, newPassword: string, kdfCost?: KdfCost): Promise<KeyFileUser> {
  const kdf = newKdfParams(kdfCost)
  const passwordKey = await deriveKeyFromPassword(newPassword, kdf)
  try {
    return { ...entry, kdf, privateKey: encryptBox(passwordKey, privateKey, privateKeyLabel(entry.userId)) }
  } finally {
    wipe(passwordKey)
  }
}

export function withPersonnelKey(entry: KeyFileUser, personnelKey: Buffer | null): KeyFileUser {
  const { personnel: _dropped, ...rest } = entry.sealedKeys
  // A pending personnel key would otherwise outlive the grant it came with.
  return {
    ...withoutPendingKey(entry, 'personnel'),
    sealedKeys: personnelKey ? { ...rest, personnel: sealDataKey(personnelKey, entry.publicKey, 'personnel') } : rest,
  }
}

/**
 * Adds a new user's entry. An entry already under the same name's tag can only be left by a
 * creation whose database transaction a crash rolled back (names are unique, a disabled
 * user has no entry): it goes, or unlock would find it first and refuse the real user.
 */
export function withNewKeyFileUser(keyFile: KeyFile, entry: KeyFileUser): KeyFile {
  const others = keyFile.users.filter((user) => user.userId !== entry.userId && user.tag !== entry.tag)
  return { ...keyFile, users: [...others, entry] }
}

export function replaceKeyFileUser(keyFile: KeyFile, userId: string, entry: KeyFileUser | null): KeyFile {
  const others = keyFile.users.filter((user) => user.userId !== userId)
  return { ...keyFile, users: entry ? [...others, entry] : others }
}
