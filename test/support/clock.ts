// The clock every test runs on. Tests never read the machine's date: the core gets
// `now` from a TestClock, the page gets the same instant through Playwright's clock, so
// the suite gives the same answers on any day (and under faketime in CI).

/** The day the suite is pinned to unless a test sets its own: a Monday, a working day. */
export const defaultTestTime = '2026-11-23T10:00:00+08:00'

/** A clock that starts at a chosen instant and then runs at the machine's pace. */
export class TestClock {
  private base: number
  private startedAt = performance.now()

  constructor(start: string | Date = defaultTestTime) {
    this.base = new Date(start).getTime()
  }

  /** Bound, so it can be handed to createCore as `now`. */
  readonly now = (): Date => new Date(this.base + (performance.now() - this.startedAt))

  /** Jumps to another instant; the clock runs on from there. */
  set(instant: string | Date): void {
    this.base = new Date(instant).getTime()
    this.startedAt = performance.now()
  }

  advance(ms: number): void {
    this.base += ms
  }
}
