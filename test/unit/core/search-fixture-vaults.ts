import { afterEach } from 'vitest'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'
import { writeSearchFixture, type SearchFixture } from './search-fixture'

/** Unlocked vaults holding the search fixture, for a test file: each is locked and removed after its test. */
export function searchFixtureVaults(): () => Promise<{ core: TestCore; fixture: SearchFixture }> {
  let core: TestCore | undefined
  afterEach(() => {
    core?.context.lock('manual')
    if (core) removeDir(core.dataDir)
    core = undefined
  })
  return async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    return { core, fixture: writeSearchFixture(core.context.session!.db) }
  }
}
