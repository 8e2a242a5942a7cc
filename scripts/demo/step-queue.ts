import { DemoClock } from './clock'

// The year is planned first and then played in time order: a meeting's preparation, the
// 专题会 that consults its personnel topics, its holding and signing interleave with other
// meetings', and the clock must only move forward.

interface Step {
  at: Date
  order: number
  run: () => Promise<void>
}

export class StepQueue {
  private readonly steps: Step[] = []

  add(date: string, time: string, run: () => Promise<void>): void {
    this.steps.push({ at: DemoClock.at(date, time), order: this.steps.length, run })
  }

  async play(clock: DemoClock): Promise<void> {
    const ordered = [...this.steps].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order)
    for (const step of ordered) {
      clock.setInstant(step.at)
      await step.run()
    }
  }
}
