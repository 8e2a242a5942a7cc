import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { nowMs } from '../../lib/clock'

/**
 * A whole-second countdown. `start(seconds)` begins it; the returned number is the
 * seconds left (0 when not counting). `onDone` runs once when it reaches zero.
 */
export function useCountdown(onDone: () => void): [secondsLeft: number, start: (seconds: number) => void] {
  const [until, setUntil] = useState<number | null>(null)
  const [secondsLeft, setSecondsLeft] = useState(0)
  const done = useEffectEvent(onDone)

  useEffect(() => {
    if (until === null) return
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((until - nowMs()) / 1000))
      setSecondsLeft(left)
      if (left === 0) {
        setUntil(null)
        done()
      }
    }, 250)
    return () => window.clearInterval(timer)
  }, [until])

  const start = useCallback((seconds: number) => {
    setSecondsLeft(seconds)
    setUntil(nowMs() + seconds * 1000)
  }, [])

  return [secondsLeft, start]
}
