/**
 * How long the app may stay untouched before it locks, in milliseconds.
 *
 * For tests: a `?idleLockSeconds=N` query parameter on the page URL (e.g.
 * `index.html?idleLockSeconds=3`) overrides the minutes from the settings, so an e2e test
 * can watch the idle lock happen in seconds. Without it (as in the packaged app, which
 * always loads app://yishi/index.html) the office setting applies.
 */
export function idleLockDelayMs(minutes: number, search: string = window.location.search): number {
  const override = new URLSearchParams(search).get('idleLockSeconds')
  if (override !== null) {
    const seconds = Number(override)
    if (Number.isFinite(seconds) && seconds > 0) return seconds * 1000
  }
  return Math.max(1, minutes) * 60_000
}
