import type { DemoRoster } from './build-roster'
import type { DemoCore } from './demo-core'
import type { DemoRandom } from './random'
import type { BodyKey } from './year-plan'

// What every step of the demo year works with, below both the meetings and the personnel
// book that use it.

/** The ids the personnel year has created, by the demo's own names. */
export interface DemoBook {
  cadres: Map<string, string>
  matters: Map<string, string>
  documents: number
}

export const newDemoBook = (): DemoBook => ({ cadres: new Map(), matters: new Map(), documents: 0 })

export interface MeetingContext {
  demo: DemoCore
  roster: DemoRoster
  random: DemoRandom
  bodies: Record<BodyKey, string>
  book: DemoBook
}
