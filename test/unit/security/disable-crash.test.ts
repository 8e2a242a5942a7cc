import { spawn } from 'node:child_process'
import { cpSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { opensWithKey } from '../../../electron/core/vault/rekey'
import { integrityCheck } from '../../../electron/core/vault/store'
import { openUserDataKey, unwrapPrivateKey } from '../../../electron/core/vault/user-keys'
import { adminPassword, createdVault, migrationsRoot, removeDir, tempDir, testCore } from '../../support/vault'

/*
 * 停用 and taking the 干部任免 grant away move data keys in the same step as the change
 * (keys/rotate-keys.ts). A child process runs the operation on a real vault and is killed with
 * SIGKILL right after its 1st, 2nd, … durable step (every rename and fsync), until a run
 * finishes. After each kill the vault opens and is either exactly before (the user enabled,
 * holding keys that open the stores) or exactly after (the user disabled or without the book,
 * their old key file opening nothing current): never a vault that does not open.
 */

const repoRoot = resolve(__dirname, '../../..')
const workDir = tempDir('yishi-disable-crash-')
const childScript = join(workDir, 'disable-crash-child.cjs')
const password = 'Chushi#Mima2026'
let template = ''

beforeAll(async () => {
  await build({ entryPoints: [join(repoRoot, 'test/support/disable-crash-child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', outfile: childScript, logLevel: 'error' })
  const core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  await core.call('users.create', { username: 'laoli', displayName: '李干事', roles: ['recorder'], personnelGrant: true, password })
  await core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '停用前', idleLockMinutes: 15 })
  core.context.lock('manual')
  template = core.dataDir
}, 60_000)
afterAll(() => {
  removeDir(workDir)
  removeDir(template)
})

function runChild(dataDir: string, mode: 'disable' | 'revoke', killAt: number): Promise<{ finished: boolean; stderr: string }> {
  const child = spawn(process.execPath, [childScript, dataDir, migrationsRoot, mode, String(killAt)], {
    env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((done) => child.once('exit', (_code, signal) => done({ finished: signal === null && stdout.startsWith('done'), stderr })))
}

/** The keys laoli's password opens in the key file from before the operation (a backup holds the same). */
async function oldKeysOfLaoli(): Promise<{ main: Buffer; personnel: Buffer }> {
  const keyFile = readKeyFile(vaultPaths(template).keyFile)
  const { entry, privateKey } = await unwrapPrivateKey(keyFile, 'laoli', password)
  return { main: openUserDataKey(entry, privateKey, 'main')!, personnel: openUserDataKey(entry, privateKey, 'personnel')! }
}

/** Opens the vault after the kill and says which state it is in, checking it is exactly that state. */
async function stateAfterKill(dataDir: string, mode: 'disable' | 'revoke'): Promise<'before' | 'after'> {
  const core = testCore(dataDir)
  // The user the change is about may be the first to come back: let in (the book may wait for a
  // holder, vault.ts openPersonnelStore) or refused, never a damaged vault.
  const first = await core.raw('auth.unlock', { username: 'laoli', password })
  if (!first.ok) expect(first.error.code).toBe('AUTH_FAILED')
  core.context.lock('manual')
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  const vault = core.context.session!.vault
  expect(integrityCheck(vault.mainSqlite)).toBe('ok')
  expect(integrityCheck(vault.personnelSqlite!)).toBe('ok')
  expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  expect((await core.call('settings.get')).committeeShortName).toBe('停用前')
  const laoli = (await core.call('users.list')).find((user) => user.username === 'laoli')!
  const changed = mode === 'disable' ? laoli.disabled : !laoli.personnelGrant
  core.context.lock('manual')

  const paths = vaultPaths(dataDir)
  const keyFile = readKeyFile(paths.keyFile)
  expect(keyFile.previous).toBeUndefined()
  expect(keyFile.users.every((entry) => entry.pendingKeys === undefined)).toBe(true)
  expect(readdirSync(paths.dir).filter((name) => name.endsWith('.rekey'))).toEqual([])

  const old = await oldKeysOfLaoli()
  const laoliUnlock = await core.raw('auth.unlock', { username: 'laoli', password })
  if (!changed) {
    // Before: laoli still gets in with the book (whichever key it is on now).
    expect(laoliUnlock).toMatchObject({ ok: true, value: { personnelGrant: true } })
    expect(opensWithKey(paths.main, old.main)).toBe(true)
  } else if (mode === 'disable') {
    expect(laoliUnlock).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(opensWithKey(paths.main, old.main)).toBe(false)
    expect(opensWithKey(paths.personnel, old.personnel)).toBe(false)
  } else {
    expect(laoliUnlock).toMatchObject({ ok: true, value: { personnelGrant: false } })
    expect(opensWithKey(paths.personnel, old.personnel)).toBe(false)
  }
  core.context.lock('manual')
  return changed ? 'after' : 'before'
}

describe('a kill at any step of 停用 / taking the grant away', () => {
  for (const mode of ['disable', 'revoke'] as const) {
    it(`${mode}: leaves the vault exactly before or exactly after, at every step`, async () => {
      const seen: ('before' | 'after')[] = []
      for (let killAt = 1; killAt < 80; killAt += 1) {
        const dataDir = tempDir()
        cpSync(template, dataDir, { recursive: true })
        try {
          const run = await runChild(dataDir, mode, killAt)
          expect(run.stderr, `kill at ${killAt}`).toBe('')
          seen.push(await stateAfterKill(dataDir, mode))
          if (run.finished) break
        } finally {
          removeDir(dataDir)
        }
      }
      // The last run finished: it is after; the kills covered both sides of the commit.
      expect(seen.at(-1)).toBe('after')
      expect(seen).toContain('before')
      expect(seen.indexOf('after')).toBe(seen.lastIndexOf('before') + 1)
      console.info(`${mode}: ${seen.length - 1} kills, before until step ${seen.lastIndexOf('before') + 1}`)
    }, 300_000)
  }
})
