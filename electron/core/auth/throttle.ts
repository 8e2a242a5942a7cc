import { AppError } from '../../../shared/errors'

/**
 * A growing delay after repeated wrong passwords. Kept in memory only: a wrong password
 * must change nothing on disk. From the third failure on: 5 s, 10 s, 20 s … up to 5 min.
 */
export class UnlockThrottle {
  private failures = 0
  private blockedUntil = 0

  constructor(private readonly now: () => Date) {}

  static delayAfter(failures: number): number {
    if (failures < 3) return 0
    return Math.min(5_000 * 2 ** (failures - 3), 300_000)
  }

  assertAllowed(): void {
    const waitMs = this.blockedUntil - this.now().getTime()
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000)
      throw new AppError('AUTH_THROTTLED', `密码错误次数过多，请 ${seconds} 秒后再试。`, { retryAfterSeconds: seconds })
    }
  }

  recordFailure(): void {
    this.failures += 1
    this.blockedUntil = this.now().getTime() + UnlockThrottle.delayAfter(this.failures)
  }

  recordSuccess(): void {
    this.failures = 0
    this.blockedUntil = 0
  }
}
