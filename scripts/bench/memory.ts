import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { YishiCore } from '../../electron/core'
import { benchCall } from './bench-core'
import { benchUser } from './build-vault'

// Resident memory of the core process (what the app's main process holds) at the moments that
// matter: unlocked, after walking the whole audit chain, and after locking. Each after a full
// garbage collection, so the figure is what stays, not what is waiting to be collected; needs
// node --expose-gc (npm run bench passes it).

export interface MemoryFigures {
  unlockedMb: number
  afterVerifyMb: number
  afterLockMb: number
}

const collect = (globalThis as { gc?: () => void }).gc

async function settledRssMb(): Promise<number> {
  // Two passes: the first frees what finalizers released (closed statements and stores).
  for (let pass = 0; pass < 2; pass += 1) {
    collect?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10
}

/** Locks, unlocks, verifies the chain and locks again; leaves the vault unlocked. */
export async function measureMemory(core: YishiCore): Promise<MemoryFigures | null> {
  if (!collect) return null
  await core.lock('manual')
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  const unlockedMb = await settledRssMb()
  await benchCall(core, 'audit.verify')
  const afterVerifyMb = await settledRssMb()
  await core.lock('manual')
  const afterLockMb = await settledRssMb()
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  return { unlockedMb, afterVerifyMb, afterLockMb }
}

/** The figures from a fresh process over the (locked) vault in `dataDir`: memory-run.ts. */
export function measureMemoryInFreshProcess(dataDir: string): MemoryFigures | null {
  const script = resolve(__dirname, 'memory-run.ts')
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, dataDir], { encoding: 'utf8' })
  return JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as MemoryFigures | null
}
