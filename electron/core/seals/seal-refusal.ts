import { AppError } from '../../../shared/errors'
import type { SealCheck } from '../../../shared/seals/check-code'

/** A document is not issued from a record changed after 签发: its paper would carry the changed text under a new check code. */
export function assertSealHolds(check: SealCheck | null, what: string): void {
  if (check?.state === 'changed') throw new AppError('SEAL_BROKEN', `${what}与签发时不一致（签发后被改动，或签名不是签发人的）：不能据此出具文件，未导出。请管理员核查审计日志，必要时从备份恢复。`)
}
