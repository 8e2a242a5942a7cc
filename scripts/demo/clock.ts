// The demo's clock: the core reads it through `now`, and the generator moves it to the day
// each step happened, so a meeting of 15 March is started on 15 March. It only moves forward,
// so the audit log stays in time order.

/** The office is in Beijing time. */
const officeOffset = '+08:00'

export class DemoClock {
  private current: Date

  constructor(date: string, time = '09:00') {
    this.current = DemoClock.at(date, time)
  }

  static at(date: string, time: string): Date {
    return new Date(`${date}T${time}:00${officeOffset}`)
  }

  readonly now = (): Date => new Date(this.current.getTime())

  /** Moves to the day and time (never back: a step earlier than now keeps the clock a second later). */
  set(date: string, time: string): void {
    const next = DemoClock.at(date, time)
    this.current = next > this.current ? next : new Date(this.current.getTime() + 1000)
  }

  /** Moves to an instant (never back, as `set`). */
  setInstant(next: Date): void {
    this.current = next > this.current ? new Date(next.getTime()) : new Date(this.current.getTime() + 1000)
  }

  /** A few minutes pass (while people speak). */
  advance(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000)
  }
}
