import { localDate } from '../../../shared/roster/dates'

// The renderer's one clock. Business code asks here for "now" and never reads Date itself,
// so tests (Playwright's page.clock) and the core agree on the day.

export const now = (): Date => new Date()

/** Today as 'YYYY-MM-DD' on this computer's calendar: what the date inputs show, the default "as of" day. */
export const todayIso = (): string => localDate(now())

/** This calendar year, read at the moment it is asked (the year may turn while the app is open). */
export const currentYear = (): number => now().getFullYear()

/** Milliseconds on the wall clock, for countdowns and idle timers. */
export const nowMs = (): number => now().getTime()
