import { powerMonitor } from 'electron'
import type { YishiCore } from '../core'

const idleCheckMs = 30_000

/**
 * Locks the vault when the machine is left: OS screen lock, suspend, and idle time. The
 * renderer runs its own idle timer; this one, measured by the OS, still fires if the
 * page hangs. While a meeting's live screen is open it waits for the meeting's longer time
 * (plus a minute, so the renderer's countdown is seen first). Returns a function that stops the idle check.
 */
export function lockOnPowerEvents(core: YishiCore): () => void {
  const lock = (reason: 'screen-lock' | 'suspend' | 'idle') => {
    core.lock(reason).catch((error: unknown) => console.error('锁定失败', error))
  }
  powerMonitor.on('lock-screen', () => lock('screen-lock'))
  powerMonitor.on('suspend', () => lock('suspend'))

  const timer = setInterval(() => {
    const session = core.context.session
    if (!session) return
    let minutes: number
    try {
      minutes = session.idleLockMinutes()
    } catch {
      // The settings could not be read from an open store: lock rather than guess.
      lock('idle')
      return
    }
    const grace = session.liveMeetingId === null ? 0 : 60
    if (powerMonitor.getSystemIdleTime() >= minutes * 60 + grace) lock('idle')
  }, idleCheckMs)
  return () => clearInterval(timer)
}
