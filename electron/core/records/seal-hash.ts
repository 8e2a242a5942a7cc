import { createHash } from 'node:crypto'
import { canonicalMeetingRecord } from '../../../shared/meetings/seal'
import type { MeetingDetail } from '../../../shared/meetings/views'

/** SHA-256 (hex) of the canonical record: what 签发 stores as the seal. */
export function sealHashOf(detail: MeetingDetail): string {
  return createHash('sha256').update(canonicalMeetingRecord(detail), 'utf8').digest('hex')
}

/** Whether a signed meeting still reads as it did when it was signed. */
export function sealHolds(detail: MeetingDetail): boolean {
  return detail.sealHash !== null && sealHashOf(detail) === detail.sealHash
}
