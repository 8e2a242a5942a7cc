import { spawn } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../shared/errors'
import { appendAudit } from '../../../electron/core/audit/audit-log'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { fingerprint, rehashManifest } from '../../support/backup'
import { adminPassword, createdVault, migrationsRoot, removeDir, tempDir, testCore } from '../../support/vault'

/*
 * Issue 13, item 7: deleting the -wal after a crash (no lock since the last commits) silently
 * lost committed work; the head signed at lock is older than that work. The head signed after
 * writes (audit/signed-head-file.ts) is now kept beside the stores: the unlock finds the store
 * behind it and refuses with VAULT_ROLLED_BACK, writing nothing.
 */

const repoRoot = resolve(__dirname, '../../..')
const workDir = tempDir('yishi-wal-loss-')
const childScript = join(workDir, 'wal-loss-child.cjs')

beforeAll(async () => {
  await build({ entryPoints: [join(repoRoot, 'test/support/wal-loss-child.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', outfile: childScript, logLevel: 'error' })
}, 30_000)
afterAll(() => removeDir(workDir))

/** Runs the child until it has committed its changes, then kills it with SIGKILL. */
async function commitThenKill(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, [childScript, dataDir, migrationsRoot], { env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  await new Promise<void>((done) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && done())
    child.once('exit', () => done())
  })
  child.kill('SIGKILL')
  await new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.once('exit', done)))
  expect(stderr).toBe('')
}

describe('committed work lost with a deleted -wal after a crash', () => {
  it('is detected at unlock (VAULT_ROLLED_BACK), the store untouched, the closest backup offered; without the head file it would not be', async () => {
    const setup = await createdVault()
    await setup.call('auth.unlock', { username: 'admin', password: adminPassword })
    setup.context.lock('manual')
    const dataDir = setup.dataDir
    const paths = vaultPaths(dataDir)
    const folder = join(dataDir, 'backups')
    const [early] = readdirSync(folder)
    setup.clock.advance(60 * 60 * 1000)
    await setup.call('auth.unlock', { username: 'admin', password: adminPassword })
    await setup.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '上次锁定', idleLockMinutes: 15 })
    setup.context.lock('manual')
    const lastLock = readdirSync(folder).find((name) => name !== early)!
    // A newer folder holding an older state: the offer must not be it.
    const behind = 'yishi-backup-20991231-235959'
    cpSync(join(folder, early!), join(folder, behind), { recursive: true })
    rehashManifest(join(folder, behind), (manifest) => ({ ...manifest, createdAt: '2099-12-31T15:59:59.000Z' }))
    try {
      const lockedHead = readKeyFile(paths.keyFile).head!
      await commitThenKill(dataDir)
      expect(existsSync(`${paths.main}-wal`)).toBe(true)
      expect(existsSync(paths.signedHead)).toBe(true)
      // The committed work is there before anything is deleted: the kill itself loses nothing.
      const intact = tempDir()
      cpSync(dataDir, intact, { recursive: true })
      const check = testCore(intact)
      await check.call('auth.unlock', { username: 'admin', password: adminPassword })
      expect((await check.call('settings.get')).committeeShortName).toBe('提交5')
      check.context.lock('manual')
      removeDir(intact)

      for (const suffix of ['-wal', '-shm']) rmSync(`${paths.main}${suffix}`, { force: true })
      const before = fingerprint(paths.dir)
      const core = testCore(dataDir)
      // Unlock may settle the key file (the change the lost work committed is undone there too);
      // the store and the head that tells of the loss are left as they are.
      const evidence = (prints: Record<string, string>) => ({ main: prints['main.db'], head: prints['audit-head.json'] })
      const result = await core.raw('auth.unlock', { username: 'admin', password: adminPassword })
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_ROLLED_BACK', message: errorMessages.VAULT_ROLLED_BACK } })
      expect(core.context.session).toBeNull()
      expect(evidence(fingerprint(paths.dir))).toEqual(evidence(before))
      if (result.ok) throw new Error('unlocked')
      expect((result.error.details as { expectedCount: number }).expectedCount).toBeGreaterThan(lockedHead.count + 5)

      // The restore offered: the backup holding the most of the chain (the last lock's), not the newest folder.
      const offer = await core.call('backup.listRestorable')
      expect(offer.backups[0]?.name).toBe(behind)
      expect(offer.backups.find((backup) => backup.id === offer.offeredId)?.name).toBe(lastLock)

      // What stays out of reach: someone who deletes the head file too. The lock's head is older
      // than the lost work, so the store (at the last checkpoint) is not behind it.
      rmSync(paths.signedHead)
      expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: true })
      expect((await core.call('settings.get')).committeeShortName).toBe('上次锁定')
      core.context.lock('manual')
    } finally {
      removeDir(dataDir)
    }
  }, 60_000)

  it('a head file nobody signed is ignored', async () => {
    const core = await createdVault()
    try {
      await core.call('auth.unlock', { username: 'admin', password: adminPassword })
      core.context.lock('manual')
      const paths = vaultPaths(core.dataDir)
      const head = readKeyFile(paths.keyFile).head!
      const { writeFileDurably } = await import('../../../electron/core/vault/keyfile')
      writeFileDurably(paths.signedHead, JSON.stringify({ ...head, count: head.count + 50 }))
      expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: true })
      core.context.lock('manual')
    } finally {
      removeDir(core.dataDir)
    }
  })

  it('costs each call one read of the head row: well under a millisecond', async () => {
    const core = await createdVault()
    try {
      await core.call('auth.unlock', { username: 'admin', password: adminPassword })
      const session = core.context.session!
      const writes = 500
      let spent = 0n
      for (let index = 0; index < writes; index += 1) {
        appendAudit(session.db, session.actor, { action: 'settings.update', entity: 'settings', summary: `写入 ${index}` }, core.clock.now())
        const start = process.hrtime.bigint()
        core.context.signedHeads.noteCall()
        spent += process.hrtime.bigint() - start
      }
      const perCall = Number(spent) / writes / 1e6
      console.info(`signed head: ${perCall.toFixed(4)} ms per audited call on the call path (the durable write follows within 1 s, off it)`)
      expect(perCall).toBeLessThan(0.25)
      core.context.lock('manual')
    } finally {
      removeDir(core.dataDir)
    }
  })
})
