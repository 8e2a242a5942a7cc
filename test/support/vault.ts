import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCore, type CoreOptions, type YishiCore } from '../../electron/core'
import type { Result } from '../../shared/errors'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract'
import { TestClock } from './clock'
import { PreparedDialogs } from './shell'
import { lrmxReadWorker } from './lrmx-worker'

export const migrationsRoot = resolve(__dirname, '../../electron/core/db/migrations')

/** Cheap KDF parameters for tests; the real cost is measured in its own test. */
export const testKdfCost = { N: 1 << 12, r: 8, p: 1 }

export const adminPassword = 'Gongwen#2026a'
export const committeeName = '中共示例区委员会'

export function tempDir(prefix = 'yishi-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export interface TestCore extends YishiCore {
  dataDir: string
  /** The file dialogs: push the paths the user picks before the call that asks. */
  dialogs: PreparedDialogs
  /** The core's clock, pinned to the suite's day unless the test passed its own `now`. */
  clock: TestClock
  /** Calls a channel and returns the value, failing the test on an error result. */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel and returns the raw result. */
  raw<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>
}

export function testCore(dataDir = tempDir(), options: Partial<CoreOptions> = {}): TestCore {
  const dialogs = new PreparedDialogs()
  const clock = new TestClock()
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, shell: dialogs, now: clock.now, lrmxReadWorker: lrmxReadWorker(), ...options })
  const raw = async <C extends Channel>(channel: C, input?: ChannelInput<C>) => (await core.dispatch(channel, input)) as Result<ChannelOutput<C>>
  return {
    ...core,
    dataDir,
    dialogs,
    clock,
    raw,
    async call(channel, input) {
      const result = await raw(channel, input)
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
      return result.value
    },
  }
}

export async function createdVault(options: Partial<CoreOptions> = {}): Promise<TestCore> {
  const core = testCore(tempDir(), options)
  await core.call('vault.create', {
    committeeName,
    committeeShortName: '示例区委',
    admin: { username: 'admin', displayName: '王秘书', password: adminPassword },
  })
  return core
}
