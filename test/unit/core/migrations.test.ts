import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { storeNames } from '../../../electron/core/vault/keyfile'
import { readKeyFile, writeKeyFile } from '../../../electron/core/vault/keyfile'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, createdVault, migrationsRoot, removeDir, type TestCore } from '../../support/vault'

let core: TestCore | undefined
afterEach(() => {
  core?.context.lock('manual')
  if (core) removeDir(core.dataDir)
})

function journal(store: string): { entries: { tag: string; when: number }[] } {
  return JSON.parse(readFileSync(join(migrationsRoot, store, 'meta', '_journal.json'), 'utf8'))
}

describe('migrations', () => {
  it('a new vault has every migration of both stores applied, from empty', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const vault = core.context.session!.vault
    for (const store of storeNames) {
      const db = store === 'main' ? vault.mainSqlite : vault.personnelSqlite!
      const applied = db.prepare('select created_at from __drizzle_migrations order by created_at').all() as { created_at: number }[]
      expect(applied.map((row) => Number(row.created_at))).toEqual(journal(store).entries.map((entry) => entry.when))
    }
    const tables = (vault.mainSqlite.prepare(`select name from sqlite_master where type in ('table','trigger') order by name`).all() as { name: string }[]).map((row) => row.name)
    expect(tables).toEqual(expect.arrayContaining(['audit_head', 'audit_log', 'audit_log_no_delete', 'audit_log_no_update', 'settings', 'users', 'vault_info']))
  })

  // One test per migration: each one applies to the state its predecessors leave.
  for (const store of storeNames) {
    for (const [index, entry] of journal(store).entries.entries()) {
      it(`${store}/${entry.tag} applies on top of the ${index} before it`, async () => {
        core = await createdVault()
        await core.call('auth.unlock', { username: 'admin', password: adminPassword })
        const vault = core.context.session!.vault
        const db = store === 'main' ? vault.mainSqlite : vault.personnelSqlite!
        const row = db.prepare('select count(*) as n from __drizzle_migrations where created_at = ?').get(entry.when) as { n: number }
        expect(row.n).toBe(1)
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      })
    }
  }

  it('refuses a vault written by a newer version, and changes nothing', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const newest = Math.max(...journal('main').entries.map((entry) => entry.when))
    core.context.session!.vault.mainSqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', newest + 1000)
    await core.call('auth.lock')
    const before = readFileSync(vaultPaths(core.dataDir).main)
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW', message: expect.stringContaining('更新版本') } })
    expect(readFileSync(vaultPaths(core.dataDir).main).equals(before)).toBe(true)
  })

  it('a vault from before key file versions opens, is migrated and versions its next user change', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('users.create', { username: 'jiu', displayName: '旧用户', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    // Turned back into what the app wrote before 0001_key_file_version: no column, no migration row, no version in the file.
    const main = core.context.session!.vault.mainSqlite
    rollBackTo(main, 'main', '0000_init')
    main.exec('alter table vault_info drop column key_file_version')
    // The store no longer has the signed head's table: this session locks as the old app did.
    core.context.session!.vault.authority = null
    core.context.lock('manual')
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    // Nor signed: signatures came later still (0007).
    const { version: _version, previous: _previous, ledger: _ledger, ...unversioned } = readKeyFile(keyFilePath)
    writeKeyFile(keyFilePath, { ...unversioned, format: 1, users: unversioned.users.map(({ signing: _signing, ...entry }) => entry) })

    expect(await core.raw('auth.unlock', { username: 'jiu', password: 'Chushi#Mima2026' })).toMatchObject({ ok: true })
    const storedVersion = () => (core!.context.session!.vault.mainSqlite.prepare('select key_file_version as version from vault_info').get() as { version: number }).version
    expect(storedVersion()).toBe(0)
    await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: 'Gaiguo#Mima2026' })
    expect(storedVersion()).toBe(1)
    expect(readKeyFile(keyFilePath).version).toBe(1)
    core.context.lock('manual')
    expect(await core.raw('auth.unlock', { username: 'jiu', password: 'Gaiguo#Mima2026' })).toMatchObject({ ok: true, value: { mustChangePassword: false } })
    core.context.lock('manual')
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: true })
  })
})
