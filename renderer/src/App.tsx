import { Suspense, useCallback, useEffect, useState } from 'react'
import type { SessionInfo } from '../../shared/ipc/channels/auth'
import { call, onAppEvent } from './api/client'
import type { RendererLockReason } from './features/session/SessionContext'
import { StartErrorScreen } from './features/startup/StartErrorScreen'
import { StartingScreen } from './features/startup/StartingScreen'
import { damagedAtUnlock, lockedScreen, readStartScreen, type Screen } from './features/startup/startScreen'
import { UnlockScreen } from './features/unlock/UnlockScreen'
import { lazyNamed } from './lib/lazyNamed'

// The unlock screen is in the first chunk; what comes after it (or instead of it) loads on demand.
const UnlockedApp = lazyNamed(() => import('./features/session/UnlockedApp'), 'UnlockedApp')
const SetupScreen = lazyNamed(() => import('./features/setup/SetupScreen'), 'SetupScreen')
const DamagedScreen = lazyNamed(() => import('./features/startup/DamagedScreen'), 'DamagedScreen')

/**
 * The app's states: starting → setup (no vault) | unlock (locked) | main (unlocked) |
 * damaged. A lock from anywhere (button, Ctrl+L, idle timer, or main's session.locked
 * event for screen lock and suspend) returns to the unlock screen with the reason.
 */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'starting' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    void readStartScreen().then((next) => {
      if (current) setScreen(next)
    })
    return () => {
      current = false
    }
  }, [attempt])

  useEffect(
    () =>
      onAppEvent('session.locked', ({ reason }) => {
        setScreen((current) => (current.kind === 'unlocked' ? lockedScreen(reason, current.session.username) : current))
      }),
    [],
  )

  const lock = useCallback((reason: RendererLockReason) => {
    void call('auth.lock', { reason }).then(() => {
      // Even if the call failed, show the unlock screen: unlocking again starts a fresh session.
      setScreen((current) => (current.kind === 'unlocked' ? lockedScreen(reason, current.session.username) : current))
    })
  }, [])

  const updateSession = useCallback((session: SessionInfo) => {
    setScreen((current) => (current.kind === 'unlocked' ? { kind: 'unlocked', session } : current))
  }, [])

  const refreshSession = useCallback(async () => {
    const result = await call('auth.session')
    if (!result.ok) return
    const session = result.value
    setScreen((current) => {
      if (current.kind !== 'unlocked') return current
      return session ? { kind: 'unlocked', session } : lockedScreen(null, current.session.username)
    })
  }, [])

  return <Suspense fallback={<StartingScreen />}>{currentScreen()}</Suspense>

  function currentScreen() {
  switch (screen.kind) {
    case 'starting':
      return <StartingScreen />
    case 'startError':
      return (
        <StartErrorScreen
          message={screen.message}
          onRetry={() => {
            setScreen({ kind: 'starting' })
            setAttempt((value) => value + 1)
          }}
        />
      )
    case 'setup':
      return (
        <SetupScreen
          onCreated={(username) => setScreen(lockedScreen(null, username, '加密数据库已创建。请用刚才设置的管理员账号解锁。'))}
          onRestored={(_result, username) => setScreen(lockedScreen('restore', username, null))}
        />
      )
    case 'damaged':
      return (
        <DamagedScreen
          location={screen.location}
          username={screen.username}
          onRestored={(result, username) => setScreen(lockedScreen('restore', username, result.keptAsideAt ? `恢复前的数据另存在：${result.keptAsideAt}` : null))}
        />
      )
    case 'locked':
      return (
        <UnlockScreen
          // A new lock is a fresh form (empty password, new reason).
          key={`${screen.reason ?? ''}:${screen.username}:${screen.notice ?? ''}`}
          reason={screen.reason}
          initialUsername={screen.username}
          notice={screen.notice}
          onUnlocked={(session) => setScreen({ kind: 'unlocked', session })}
          onDamaged={(username) => void damagedAtUnlock(username).then(setScreen)}
        />
      )
    case 'unlocked':
      return <UnlockedApp session={screen.session} updateSession={updateSession} refreshSession={refreshSession} lock={lock} />
  }
  }
}
