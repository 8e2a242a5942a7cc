import { Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { SessionInfo } from '../../shared/ipc/channels/auth'
import { call, onAppEvent } from './api/client'
import type { ResumeMemory, ResumePlace } from './features/session/resumePlace'
import type { RendererLockReason } from './features/session/SessionContext'
import { StartErrorScreen } from './features/startup/StartErrorScreen'
import { StartingScreen } from './features/startup/StartingScreen'
import { damagedAtUnlock, lockedScreen, readStartScreen, type Screen } from './features/startup/startScreen'
import { UnlockScreen } from './features/unlock/UnlockScreen'
import { lockReasonText } from './features/unlock/lockReasonText'
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
  // Where the unlocked user is; after a lock the same user comes back to it.
  const resume = useRef<ResumeMemory | null>(null)
  // Set before the unlocked pages mount, so their first place is remembered for this user.
  const unlockedUser = useRef<string | null>(null)
  const [resumePlace, setResumePlace] = useState<ResumePlace | null>(null)
  // Who was working, for the damaged screen's restore form (read by the session.locked listener).
  const screenRef = useRef(screen)
  useEffect(() => {
    screenRef.current = screen
  }, [screen])

  useEffect(() => {
    let current = true
    void readStartScreen().then((next) => {
      if (next.kind === 'unlocked') unlockedUser.current = next.session.username
      if (current) setScreen(next)
    })
    return () => {
      current = false
    }
  }, [attempt])

  useEffect(
    () =>
      onAppEvent('session.locked', ({ reason }) => {
        if (reason === 'damaged') {
          // A store failed as damaged during the session: the damaged screen and its restore, whatever was showing.
          const current = screenRef.current
          void damagedAtUnlock(current.kind === 'unlocked' ? current.session.username : '', { notice: lockReasonText('damaged') }).then(setScreen)
          return
        }
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

  const rememberPlace = useCallback((place: ResumePlace) => {
    if (unlockedUser.current !== null) resume.current = { username: unlockedUser.current, place }
  }, [])

  const unlocked = useCallback((session: SessionInfo) => {
    const memory = resume.current
    resume.current = null
    unlockedUser.current = session.username
    setResumePlace(memory?.username === session.username ? memory.place : null)
    setScreen({ kind: 'unlocked', session })
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
          notice={screen.notice}
          refusal={screen.refusal}
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
          onUnlocked={unlocked}
          onDamaged={(username, refusal) => void damagedAtUnlock(username, { refusal }).then(setScreen)}
        />
      )
    case 'unlocked':
      return <UnlockedApp session={screen.session} updateSession={updateSession} refreshSession={refreshSession} lock={lock} initialPlace={resumePlace} rememberPlace={rememberPlace} />
  }
  }
}
