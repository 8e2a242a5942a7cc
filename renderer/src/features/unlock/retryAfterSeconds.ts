import type { AppErrorShape } from '../../../../shared/errors'

/** The wait an AUTH_THROTTLED error asks for, in seconds (at least 1). */
export function retryAfterSeconds(error: AppErrorShape): number {
  const seconds = Number(error.details?.retryAfterSeconds)
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1
}
