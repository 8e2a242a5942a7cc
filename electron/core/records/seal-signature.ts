import { and, eq } from 'drizzle-orm'
import type { MainDb } from '../db/migrate'
import { auditLog, signingKeys, users } from '../db/schema/main'
import { signText, verifyText } from '../vault/crypto'

/*
 * 签发 signs the seal with the signer's signing key. The hash alone can be recomputed by anyone
 * holding the main key (every user); the signature only by the signer. It verifies with the
 * signer's public keys as the signed key file lists them (signing_keys, rewritten from the
 * verified file at every unlock: vault/unlock-authority.ts).
 */

function sealText(meetingId: string, sealHash: string): string {
  return `yishi/seal/meeting|${meetingId}|${sealHash}`
}

/** `<public key>.<signature>`: which of the signer's keys signed, and the signature. */
export function signSeal(signingKey: Buffer, publicKey: string, meetingId: string, sealHash: string): string {
  return `${publicKey}.${signText(signingKey, sealText(meetingId, sealHash))}`
}

/**
 * Whether the stored signature is the signer's over this hash. A seal without one counts only
 * if it was made before the vault's key file was signed (the seals of earlier versions).
 */
export function sealSignatureHolds(db: MainDb, meeting: { id: string; sealHash: string; sealSignature: string | null; signedBy: string | null; signedAt: string | null }): boolean {
  if (meeting.sealSignature === null) return madeBeforeSigning(db, meeting.signedAt)
  const [publicKey, signature] = meeting.sealSignature.split('.')
  if (!publicKey || !signature || !meeting.signedBy) return false
  const known = db.select().from(signingKeys).where(and(eq(signingKeys.publicKey, publicKey), eq(signingKeys.userId, meeting.signedBy))).get()
  // Only a 记录员 signs (the rows' roles are put back from the signed key file at unlock).
  const signer = db.select({ roles: users.roles }).from(users).where(eq(users.id, meeting.signedBy)).get()
  return known !== undefined && signer?.roles.includes('recorder') === true && verifyText(publicKey, sealText(meeting.id, meeting.sealHash), signature)
}

/** Signing began with the vault's creation, or with its upgrade (vault.signKeys), as the audit chain records it. */
function madeBeforeSigning(db: MainDb, signedAt: string | null): boolean {
  const upgrade = db.select({ at: auditLog.at }).from(auditLog).where(eq(auditLog.action, 'vault.signKeys')).get()
  return upgrade !== undefined && signedAt !== null && signedAt < upgrade.at
}
