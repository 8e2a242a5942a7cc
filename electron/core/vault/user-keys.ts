import { AppError } from '../../../shared/errors'
import {
  decryptBox,
  deriveKeyFromPassword,
  encryptBox,
  generateSigningKeyPair,
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

function signingKeyLabel(userId: string): string {
  return `yishi/signing-key/${userId}`
}

/** A new signing key pair for the user, its private half wrapped under the password key. */
function newSigning(passwordKey: Buffer, userId: string): { signing: NonNullable<KeyFileUser['signing']>; signingKey: Buffer } {
  const pair = generateSigningKeyPair()
  return { signing: { publicKey: pair.publicKey, privateKey: encryptBox(passwordKey, pair.privateKey, signingKeyLabel(userId)) }, signingKey: pair.privateKey }
}

interface NewUserArgs {
  vaultId: string
  userId: string
  username: string
  password: string
  dataKeys: { main: Buffer; personnel: Buffer | null }
  kdfCost?: KdfCost
}

/** A fresh key-file entry for a user: new key pairs, password-wrapped, with the given data keys sealed to it. */
export async function newKeyFileUser(args: NewUserArgs): Promise<KeyFileUser> {
  const { entry, signingKey } = await newKeyFileUserWithSigningKey(args)
  wipe(signingKey)
  return entry
}

/** The same, keeping the new signing key in memory (the vault's creator signs the first record with it). */
export async function newKeyFileUserWithSigningKey(args: NewUserArgs): Promise<{ entry: KeyFileUser; signingKey: Buffer }> {
  const kdf = newKdfParams(args.kdfCost)
  const passwordKey = await deriveKeyFromPassword(args.password, kdf)
  const pair = generateUserKeyPair()
  const { signing, signingKey } = newSigning(passwordKey, args.userId)
  try {
    const entry: KeyFileUser = {
      userId: args.userId,
      tag: usernameTag(args.vaultId, args.username),
      kdf,
      publicKey: pair.publicKey,
      privateKey: encryptBox(passwordKey, pair.privateKey, privateKeyLabel(args.userId)),
      signing,
      sealedKeys: {
        main: sealDataKey(args.dataKeys.main, pair.publicKey, 'main'),
        ...(args.dataKeys.personnel ? { personnel: sealDataKey(args.dataKeys.personnel, pair.publicKey, 'personnel') } : {}),
      },
    }
    return { entry, signingKey }
  } finally {
    wipe(passwordKey, pair.privateKey)
  }
}

export interface UnwrappedKeys {
  entry: KeyFileUser
  privateKey: Buffer
  /** The Ed25519 private key; for an entry that had none, a new one (`enrolled` says so, the entry carries it). */
  signingKey: Buffer
  enrolled: boolean
}

// Used when the user name is unknown, so a wrong name costs the same time as a wrong password.
const decoyKdf = newKdfParams()

/** Unwraps a user's private key with the password; AUTH_FAILED when either is wrong. */
export async function unwrapPrivateKey(keyFile: KeyFile, username: string, password: string): Promise<UnwrappedKeys> {
  const tag = usernameTag(keyFile.vaultId, username)
  const entry = keyFile.users.find((user) => user.tag === tag)
  const passwordKey = await deriveKeyFromPassword(password, entry?.kdf ?? decoyKdf)
  try {
    const privateKey = entry ? decryptBox(passwordKey, entry.privateKey, privateKeyLabel(entry.userId)) : null
    if (!entry || !privateKey) throw new AppError('AUTH_FAILED')
    if (!entry.signing) {
      // A key file from before signing keys: the user gets one now, while the password key is at hand.
      const fresh = newSigning(passwordKey, entry.userId)
      return { entry: { ...entry, signing: fresh.signing }, privateKey, signingKey: fresh.signingKey, enrolled: true }
    }
    const signingKey = decryptBox(passwordKey, entry.signing.privateKey, signingKeyLabel(entry.userId))
    if (!signingKey) {
      wipe(privateKey)
      // The password opened the user's key but not the signing key beside it: that box was replaced.
      throw new AppError('VAULT_TAMPERED', undefined, { problem: '密钥文件中有用户的签名密钥被替换' })
    }
    return { entry, privateKey, signingKey, enrolled: false }
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
export async function rewrapPrivateKey(entry: KeyFileUser, keys: { privateKey: Buffer; signingKey: Buffer }, newPassword: string, kdfCost?: KdfCost): Promise<KeyFileUser> {
  const kdf = newKdfParams(kdfCost)
  const passwordKey = await deriveKeyFromPassword(newPassword, kdf)
  try {
    const signing = entry.signing ? { publicKey: entry.signing.publicKey, privateKey: encryptBox(passwordKey, keys.signingKey, signingKeyLabel(entry.userId)) } : undefined
    return { ...entry, kdf, privateKey: encryptBox(passwordKey, keys.privateKey, privateKeyLabel(entry.userId)), ...(signing ? { signing } : {}) }
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
