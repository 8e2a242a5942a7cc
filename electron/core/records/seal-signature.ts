import type { SealVerifier, SignatureState } from '../seals/signed-seal'
import { signSubject } from '../seals/signed-seal'

/*
 * 签发 signs the meeting's seal with the signer's signing key (seals/signed-seal.ts). The hash
 * alone can be recomputed by anyone holding the main key (every user); the signature only by
 * the signer.
 */

/** `<public key>.<signature>` of the meeting's seal. */
export function signSeal(signingKey: Buffer, publicKey: string, meetingId: string, sealHash: string): string {
  return signSubject({ signingKey, publicKey }, { kind: 'meeting', id: meetingId, sealHash })
}

/** Whether the stored signature is the signer's over this hash, or a seal from before signatures. */
export function meetingSignatureState(verifier: SealVerifier, meeting: { id: string; sealHash: string; sealSignature: string | null; signedBy: string | null }): SignatureState {
  return verifier.signatureState({
    subject: { kind: 'meeting', id: meeting.id, sealHash: meeting.sealHash },
    signature: meeting.sealSignature,
    signerId: meeting.signedBy,
    sealedBy: { action: 'meetings.sign', entityId: meeting.id },
  })
}
