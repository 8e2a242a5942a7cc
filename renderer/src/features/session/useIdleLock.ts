import { useEffect, useEffectEvent } from 'react'
import { nowMs } from '../../lib/clock'
import { idleLockDelayMs } from './idleLockDelay'

const activityEvents = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse, pointer or wheel activity
 * in the window (see idleLockDelayMs for the test override). The timer restarts whenever
 * `minutes` changes.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const fire = useEffectEvent(onIdle)

  useEffect(() => {
    const delay = idleLockDelayMs(minutes)
    let lastActivity = nowMs()
    let timer = 0
    const check = () => {
      const idleFor = nowMs() - lastActivity
      if (idleFor >= delay) {
        fire()
        return
      }
      timer = window.setTimeout(check, delay - idleFor)
    }
    const noteActivity = () => {
      lastActivity = nowMs()
    }
    for (const name of activityEvents) window.addEventListener(name, noteActivity, { capture: true, passive: true })
    timer = window.setTimeout(check, delay)
    return () => {
      window.clearTimeout(timer)
      for (const name of activityEvents) window.removeEventListener(name, noteActivity, { capture: true })
    }
  }, [minutes])
}
