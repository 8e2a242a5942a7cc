import { AppError, errorMessages } from '../../../shared/errors'
import type { SealCheck } from '../../../shared/seals/check-code'

/** A document is not issued from a record changed after 签发: its paper would carry the changed text under a new check code. */
export function assertSealHolds(check: SealCheck | null, what: string): void {
  if (check?.state === 'changed') throw new AppError('SEAL_BROKEN', errorMessages.SEAL_BROKEN.replace('该记录', what))
}
