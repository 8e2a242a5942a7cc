import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log'
import { vaultPaths, vaultFilesState } from '../../../electron/core/vault/paths'
import { integrityCheck } from '../../../electron/core/vault/store'
import { errorMessages } from '../../../shared/errors'
import { channelNames, contract, type Channel } from '../../../shared/ipc/contract'
import { casesFor, randomInputFor } from '../../support/fuzz-inputs'
import { adminPassword, createdVault, removeDir, testCore, type TestCore } from '../../support/vault'

/*
 * Every channel of the contract, in every state a caller can be in, gets malformed input
 * derived from its own schema. Each call must come back as a valid result or a typed error
 * (never INTERNAL: that would be a handler crashing on input the schema let through), and
 * afterwards both stores must pass integrity_check and the audit chain must verify.
 */

const readerPassword = 'Chayue#Mima2026'
const randomRunsPerChannel = 30

/** What is wrong with a dispatcher answer, or null when it is a proper result. */
function problemWith(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return 'not a result object'
  const answer = result as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } }
  if (answer.ok === true) {
    if (!('value' in answer)) return 'ok without a value'
    try {
      structuredClone(answer.value)
    } catch {
      return 'value cannot cross the IPC boundary'
    }
    return null
  }
  if ('thrown' in answer) return `the call threw: ${String((answer as { thrown: unknown }).thrown).slice(0, 300)}`
  if (answer.ok !== false) return 'neither ok nor an error'
  const code = answer.error?.code
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(errorMessages, code)) return `unknown error code ${String(code)}`
  if (code === 'INTERNAL') return 'INTERNAL: the handler crashed'
  if (typeof answer.error?.message !== 'string' || answer.error.message.length === 0) return 'error without a message'
  return null
}

/** A clock the test moves on, so the unlock throttle never blocks re-establishing a state. */
function steppingClock() {
  let at = Date.parse('2026-03-01T08:00:00Z')
  return {
    now: () => new Date(at),
    skipThrottle: () => void (at += 3_600_000),
    tick: () => void (at += 1_000),
  }
}

interface FuzzState {
  core: TestCore
  /** Puts the core back into this state after a call that changed it (lock, unlock as someone else, create). */
  restore(): Promise<void>
}

async function unlockAs(core: TestCore, skipThrottle: () => void, username: string, password: string): Promise<void> {
  const session = core.context.session
  if (session?.user.username === username) return
  skipThrottle()
  await core.call('auth.unlock', { username, password })
}

const cleanup: TestCore[] = []
afterAll(() => {
  for (const core of cleanup) {
    core.context.lock('manual')
    removeDir(core.dataDir)
  }
})

const states: Record<string, () => Promise<FuzzState & { clock: ReturnType<typeof steppingClock> }>> = {
  'no vault': async () => {
    const clock = steppingClock()
    const core = testCore(undefined, { now: clock.now })
    return {
      core,
      clock,
      restore: async () => {
        core.context.lock('manual')
        if (vaultFilesState(vaultPaths(core.dataDir)) !== 'absent') removeDir(vaultPaths(core.dataDir).dir)
      },
    }
  },
  locked: async () => {
    const clock = steppingClock()
    const core = await createdVault({ now: clock.now })
    return { core, clock, restore: async () => core.context.lock('manual') }
  },
  'unlocked as admin': async () => {
    const clock = steppingClock()
    const core = await createdVault({ now: clock.now })
    const restore = () => unlockAs(core, clock.skipThrottle, 'admin', adminPassword)
    await restore()
    return { core, clock, restore }
  },
  'unlocked as a reader (no permissions)': async () => {
    const clock = steppingClock()
    const core = await createdVault({ now: clock.now })
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('users.create', { username: 'chayue', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    core.context.lock('manual')
    await core.call('auth.unlock', { username: 'chayue', password: 'Chushi#Mima2026' })
    await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: readerPassword })
    const restore = () => unlockAs(core, clock.skipThrottle, 'chayue', readerPassword)
    return { core, clock, restore }
  },
}

/** Both stores pass integrity_check and the audit chain verifies (checked as the administrator). */
async function expectVaultSound(state: FuzzState & { clock: ReturnType<typeof steppingClock> }): Promise<void> {
  const { core, clock } = state
  if (vaultFilesState(vaultPaths(core.dataDir)) === 'absent') return
  await unlockAs(core, clock.skipThrottle, 'admin', adminPassword)
  const vault = core.context.session?.vault
  expect(vault).toBeDefined()
  expect(integrityCheck(vault!.mainSqlite)).toBe('ok')
  expect(integrityCheck(vault!.personnelSqlite!)).toBe('ok')
  expect(await core.call('audit.verify')).toMatchObject({ ok: true, problem: null })
}

describe('IPC fuzzing: malformed input to every channel', () => {
  it.each(Object.keys(states))('%s: every call returns a result or a typed error; the vault stays sound', async (stateName) => {
    const state = await states[stateName]!()
    cleanup.push(state.core)
    const problems: string[] = []
    const casesPerChannel = new Map<Channel, number>()

    async function send(channel: Channel, label: string, input: unknown): Promise<void> {
      state.clock.tick()
      let result: unknown
      try {
        result = await state.core.dispatch(channel, input)
      } catch (error) {
        result = { thrown: String(error) }
      }
      const problem = problemWith(result)
      if (problem) problems.push(`${channel} — ${label}: ${problem}`)
      casesPerChannel.set(channel, (casesPerChannel.get(channel) ?? 0) + 1)
      await state.restore()
    }

    for (const channel of channelNames) {
      const schema = contract[channel].input
      for (const fuzzCase of casesFor(schema)) await send(channel, fuzzCase.label, fuzzCase.input)
      await fc.assert(
        fc.asyncProperty(randomInputFor(schema), async (input) => {
          await send(channel, `random ${fc.stringify(input).slice(0, 400)}`, input)
        }),
        { numRuns: randomRunsPerChannel },
      )
    }

    expect(problems).toEqual([])
    // New channels are covered without listing them: each one got its share.
    for (const channel of channelNames) expect(casesPerChannel.get(channel) ?? 0, channel).toBeGreaterThanOrEqual(randomRunsPerChannel + 20)
    await expectVaultSound(state)
    // Its time grows with the contract (about 20 s for 140 channels on 2 busy cores).
  }, 120_000)

  it('unknown channel names are refused with a typed error', async () => {
    const core = testCore()
    cleanup.push(core)
    for (const name of ['', 'vault.destroy', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null, undefined, {}, ['auth.unlock']]) {
      expect(problemWith(await core.dispatch(name, undefined)), String(name)).toBeNull()
      expect(await core.dispatch(name, undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })
})

describe('regressions the fuzzing found', () => {
  it('a lone UTF-16 surrogate in a name is refused at the boundary', async () => {
    const core = await createdVault()
    cleanup.push(core)
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const result = await core.raw('users.create', { username: 'ban', displayName: '王\ud800', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('无法识别的字符') } })
  })

  it('an audit entry whose text holds a lone surrogate still verifies (it is hashed as SQLite stores it)', async () => {
    const core = await createdVault()
    cleanup.push(core)
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const db = core.context.session!.db
    appendAudit(db, { userId: null, userName: '系统\udc00' }, { action: 'test', entity: 'test', summary: '摘要\ud800' }, new Date())
    expect(verifyAuditChain(core.context.session!.vault.mainSqlite)).toMatchObject({ ok: true })
  })
})
