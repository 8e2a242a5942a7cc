import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto'
import { z } from 'zod'

/*
 * Key handling. Each store has a random 256-bit data key. Each user has an X25519 key
 * pair whose private half is encrypted under a key derived from the user's password
 * (scrypt); data keys are sealed to users' public keys. So an administrator can grant a
 * store to a user without knowing the user's password, and a password change rewraps
 * only the private key. No key is ever written in clear.
 */

export const dataKeyBytes = 32

export const boxSchema = z.strictObject({ iv: z.string(), tag: z.string(), ct: z.string() })
export type Box = z.infer<typeof boxSchema>

export const sealedKeySchema = boxSchema.extend({ epk: z.string() })
export type SealedKey = z.infer<typeof sealedKeySchema>

export const kdfSchema = z.strictObject({
  alg: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string(),
})
export type KdfParams = z.infer<typeof kdfSchema>

// Tuned to about 0.35 s on the reference machine (2 cores): N=2^16, r=12 uses 96 MiB.
const defaultCost = { N: 1 << 16, r: 12, p: 1 }

export function newKdfParams(cost: Partial<Omit<KdfParams, 'alg' | 'salt'>> = {}): KdfParams {
  return { alg: 'scrypt', ...defaultCost, ...cost, salt: randomBytes(16).toString('base64') }
}

export function deriveKeyFromPassword(password: string, params: KdfParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 64 * 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export function newDataKey(): Buffer {
  return randomBytes(dataKeyBytes)
}

export function encryptBox(key: Buffer, plaintext: Buffer, associatedData: string): Box {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(associatedData, 'utf8'))
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') }
}

/** Returns null when the key is wrong or the box was altered (GCM authentication fails). */
export function decryptBox(key: Buffer, box: Box, associatedData: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'))
    decipher.setAAD(Buffer.from(associatedData, 'utf8'))
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()])
  } catch {
    return null
  }
}

export interface UserKeyPair {
  /** SPKI DER, base64: stored in clear in the key file. */
  publicKey: string
  /** PKCS#8 DER: only ever stored encrypted. */
  privateKey: Buffer
}

export function generateUserKeyPair(): UserKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519')
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  }
}

function wrappingKey(shared: Buffer, ephemeralPublic: string, recipientPublic: string, label: string): Buffer {
  const salt = Buffer.from(`${ephemeralPublic}|${recipientPublic}`, 'utf8')
  return Buffer.from(hkdfSync('sha256', shared, salt, `yishi/seal/${label}`, 32))
}

/** Seals a data key to a recipient's public key (ephemeral X25519 + HKDF + AES-256-GCM). */
export function sealDataKey(dataKey: Buffer, recipientPublicKey: string, label: string): SealedKey {
  const ephemeral = generateKeyPairSync('x25519')
  const epk = ephemeral.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')
  const shared = diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: createPublicKey({ key: Buffer.from(recipientPublicKey, 'base64'), format: 'der', type: 'spki' }),
  })
  const key = wrappingKey(shared, epk, recipientPublicKey, label)
  return { epk, ...encryptBox(key, dataKey, label) }
}

export function openSealedDataKey(sealed: SealedKey, privateKeyDer: Buffer, recipientPublicKey: string, label: string): Buffer | null {
  try {
    const shared = diffieHellman({
      privateKey: createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' }),
      publicKey: createPublicKey({ key: Buffer.from(sealed.epk, 'base64'), format: 'der', type: 'spki' }),
    })
    return decryptBox(wrappingKey(shared, sealed.epk, recipientPublicKey, label), sealed, label)
  } catch {
    return null
  }
}

/** A keyed tag for a user name, so the key file does not list names in clear. */
export function usernameTag(vaultId: string, username: string): string {
  return createHmac('sha256', vaultId).update(username.toLowerCase()).digest('hex')
}

export function wipe(...buffers: (Buffer | null | undefined)[]): void {
  for (const buffer of buffers) buffer?.fill(0)
}

/*
 * Signing. Each user also has an Ed25519 key pair, wrapped under the password like the X25519
 * one. Administrators sign every change of the key file (ledger.ts), signers sign seals, and
 * the acting user signs the audit chain's head at each lock: rows every key holder can
 * rewrite are checked against signatures only the signer can make.
 */
export function generateSigningKeyPair(): UserKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  }
}

export function signText(privateKeyDer: Buffer, text: string): string {
  return cryptoSign(null, Buffer.from(text, 'utf8'), createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' })).toString('base64')
}

const publicKeyCache = new Map<string, KeyObject>()

export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    let key = publicKeyCache.get(publicKey)
    if (!key) {
      key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' })
      publicKeyCache.set(publicKey, key)
    }
    return key.asymmetricKeyType === 'ed25519' && cryptoVerify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'))
  } catch {
    return false
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
