import { afterEach } from 'vitest'
import type { CoreOptions } from '../../electron/core'
import { admin } from './backup'
import { createdVault, removeDir, type TestCore } from './vault'

/**
 * For a test file: `unlocked()` makes a vault and unlocks it as the administrator; after
 * each test the core is locked (its automatic backup included) and its data folder, and
 * every folder passed to `removeLater` (a "USB drive"), are removed.
 */
export function backupTestCores() {
  const cleanup: string[] = []
  let current: TestCore | undefined
  afterEach(() => {
    current?.context.lock('manual')
    for (const dir of [...(current ? [current.dataDir] : []), ...cleanup.splice(0)]) removeDir(dir)
    current = undefined
  })
  return {
    async unlocked(options: Partial<CoreOptions> = {}): Promise<TestCore> {
      current = await createdVault(options)
      await current.call('auth.unlock', admin)
      return current
    },
    removeLater(dir: string): void {
      cleanup.push(dir)
    },
  }
}
