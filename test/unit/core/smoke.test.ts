import { describe, expect, it } from 'vitest'
import { adminPassword, createdVault } from '../../support/vault'

describe('smoke', () => {
  it('creates and unlocks', async () => {
    const core = await createdVault()
    expect((await core.call('vault.status')).state).toBe('locked')
    const info = await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(info.displayName).toBe('王秘书')
    expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  })
})
