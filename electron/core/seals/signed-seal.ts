import { and, asc, eq, lt } from 'drizzle-orm'
import type { SealState } from '../../../shared/seals/check-code'
import type { MainDb } from '../db/migrate'
import { auditLog, signingKeys, users } from '../db/schema/main'
import { signText, verifyText } from '../vault/crypto'
import type { KeyFileUser } from '../vault/keyfile'
import type { Authority } from '../vault/ledger'

/*
 * 签发 signs a seal (the SHA-256 of a sealed record) with the signer's signing key: the hash
 * alone can be recomputed by anyone holding the store's key, the signature only by the signer.
 * It verifies with the signer's public keys as the signed key file lists them (signing_keys,
 * rewritten from the verified file at every unlock: vault/unlock-authority.ts). Meetings
 * (records/seal-signature.ts) and the book's entries (personnel/seal-entries.ts) use it alike.
 */

/** What a signature is over: the kind of record, its id and its hash. */
export interface SealSubject {
  kind: 'meeting' | 'book-entry'
  id: string
  sealHash: string
}

/** The session's user as a signer; null while the vault awaits the upgrade of its key file (no signatures then). */
export interface SealSigner {
  userId: string
  signingKey: Buffer
  publicKey: string
}

/** The session's user as a signer, or null while the vault awaits the upgrade of its key file. */
export function sealSignerOf(session: { user: { id: string }; vault: { authority: Authority | null; entry: KeyFileUser; signingKey: Buffer } }): SealSigner | null {
  const publicKey = session.vault.authority ? session.vault.entry.signing?.publicKey : undefined
  return publicKey ? { userId: session.user.id, signingKey: session.vault.signingKey, publicKey } : null
}

function sealText(subject: SealSubject): string {
  return `yishi/seal/${subject.kind}|${subject.id}|${subject.sealHash}`
}

/** `<public key>.<signature>`: which of the signer's keys signed, and the signature. */
export function signSubject(signer: Pick<SealSigner, 'signingKey' | 'publicKey'>, subject: SealSubject): string {
  return `${signer.publicKey}.${signText(signer.signingKey, sealText(subject))}`
}

/** The audit entry from which on the book's entries are signed (written at the first unlock that can sign them: entry-signing-start.ts). */
export const entrySigningStart = 'personnel.signSeals'

/**
 * The audit entry that recorded the sealing (appended in the sealing's own transaction, and
 * covered by the heads signed at every lock), so a row's own time cannot pass a new seal off as
 * an old one.
 */
export interface SealingAudit {
  action: 'meetings.sign' | 'personnel.entry.correct'
  entityId: string
}

export type SignatureState = 'signed' | 'legacy' | 'invalid'

export interface SealVerifier {
  /**
   * Whether the stored signature is the signer's over this hash: 'signed'. A seal without one is
   * 'legacy' only if the audit log recorded its sealing before signing began (the seals of
   * earlier versions: sealingsBeforeSigning); anything else is 'invalid'. Only a 记录员 signs (the rows'
   * roles are put back from the signed key file at unlock).
   */
  signatureState(seal: { subject: SealSubject; signature: string | null; signerId: string | null; sealedBy: SealingAudit }): SignatureState
}

/** One verifier for a read: the sealings from before signing are looked up once, and only if an unsigned seal is met. */
export function sealVerifier(db: MainDb): SealVerifier {
  let legacy: Set<string> | null = null
  return {
    signatureState(seal) {
      if (seal.signature === null) {
        legacy ??= sealingsBeforeSigning(db)
        return legacy.has(legacyKey(seal.subject.kind, seal.sealedBy)) ? 'legacy' : 'invalid'
      }
      const [publicKey, signature] = seal.signature.split('.')
      if (!publicKey || !signature || !seal.signerId) return 'invalid'
      const known = db.select().from(signingKeys).where(and(eq(signingKeys.publicKey, publicKey), eq(signingKeys.userId, seal.signerId))).get()
      const signer = db.select({ roles: users.roles }).from(users).where(eq(users.id, seal.signerId)).get()
      return known !== undefined && signer?.roles.includes('recorder') === true && verifyText(publicKey, sealText(seal.subject), signature) ? 'signed' : 'invalid'
    },
  }
}

/**
 * The sealings the audit chain records before signing began: for meetings, the vault's creation
 * or the upgrade of its key file (vault.signKeys); for the book's entries, the first unlock of
 * a signed vault with the personnel store (entrySigningStart).
 */
function sealingsBeforeSigning(db: MainDb): Set<string> {
  const startOf = (action: string) => db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id)).get()?.id
  const sealings = (kind: SealSubject['kind'], action: SealingAudit['action'], until: number | undefined) =>
    until === undefined ? [] : db.select({ entityId: auditLog.entityId }).from(auditLog).where(and(lt(auditLog.id, until), eq(auditLog.action, action))).all().map((row) => legacyKey(kind, { action, entityId: row.entityId ?? '' }))
  const meetingsFrom = startOf('vault.signKeys')
  const entriesFrom = startOf(entrySigningStart)
  return new Set([...sealings('meeting', 'meetings.sign', meetingsFrom), ...sealings('book-entry', 'meetings.sign', entriesFrom), ...sealings('book-entry', 'personnel.entry.correct', entriesFrom)])
}

const legacyKey = (kind: SealSubject['kind'], sealedBy: SealingAudit) => `${kind}|${sealedBy.action}|${sealedBy.entityId}`

/** The seal's state from its hash check and its signature. */
export function sealState(hashHolds: boolean, signature: SignatureState): SealState {
  if (!hashHolds || signature === 'invalid') return 'changed'
  return signature === 'signed' ? 'intact' : 'legacy'
}
