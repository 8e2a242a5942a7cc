import { useEffect, useEffectEvent, useState } from 'react'
import { nowMs } from '../../lib/clock'
import { idleLockDelayMs } from './idleLockDelay'

const activityEvents = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse, pointer or wheel activity
 * in the window (see idleLockDelayMs for the test override). The timer restarts whenever
 * `minutes` or `warnSeconds` changes.
 *
 * With `warnSeconds` > 0 (a meeting on screen) the last seconds are a countdown: the hook
 * returns the seconds left, ticking, so a banner can say the lock is coming; any activity
 * puts it back to null and starts the wait again. Otherwise it always returns null.
 */
export function useIdleLock(minutes: number, onIdle: () => void, warnSeconds = 0): number | null {
  const fire = useEffectEvent(onIdle)
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null)

  useEffect(() => {
    const delay = idleLockDelayMs(minutes)
    const warnMs = Math.min(warnSeconds * 1000, delay)
    let lastActivity = nowMs()
    let timer = 0
    let warning = false
    const schedule = (ms: number) => {
      window.clearTimeout(timer)
      timer = window.setTimeout(check, ms)
    }
    const check = () => {
      const left = delay - (nowMs() - lastActivity)
      if (left <= 0) {
        warning = false
        setSecondsLeft(null)
        fire()
        return
      }
      if (warnMs > 0 && left <= warnMs) {
        warning = true
        setSecondsLeft(Math.ceil(left / 1000))
        // Wake when the shown number changes.
        schedule(left % 1000 || 1000)
        return
      }
      schedule(left - warnMs)
    }
    const noteActivity = () => {
      lastActivity = nowMs()
      if (!warning) return
      warning = false
      setSecondsLeft(null)
      schedule(delay - warnMs)
    }
    for (const name of activityEvents) window.addEventListener(name, noteActivity, { capture: true, passive: true })
    schedule(delay - warnMs)
    return () => {
      window.clearTimeout(timer)
      // A countdown under the old times no longer applies.
      setSecondsLeft(null)
      for (const name of activityEvents) window.removeEventListener(name, noteActivity, { capture: true })
    }
  }, [minutes, warnSeconds])

  return secondsLeft
}
