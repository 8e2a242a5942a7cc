import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blobMoveSettled } from '../../../electron/core/vault-files/after-unlock'
import { filesDirOf, mainFileStore, vaultFileBytes } from '../../../electron/core/vault-files/vault-files'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { integrityCheck } from '../../../electron/core/vault/store'
import { crashAdmin } from '../../support/crash-plan'
import { crashMaterialMarker, type CommittedMaterial } from '../../support/crash-materials-plan'
import { createdVault, migrationsRoot, removeDir, tempDir, testCore } from '../../support/vault'

/*
 * SIGKILL at random moments while materials are imported, older blobs moved out of the store,
 * incremental backups written on lock and keys rotated. After every kill: unlock works, the
 * store is intact, every material the child saw committed reads back with its SHA-256, the
 * files folder holds exactly the referenced files (nothing half written), every backup offered
 * is complete, and no file anywhere in the data folder holds a material in clear.
 */

const kills = 10
const legacyRows = 30
const repoRoot = resolve(__dirname, '../../..')
const workDir = tempDir('yishi-crash-materials-')
const childScript = join(workDir, 'crash-materials-writer.cjs')

beforeAll(async () => {
  await build({ entryPoints: [join(repoRoot, 'test/support/crash-materials-writer.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', outfile: childScript, logLevel: 'error' })
}, 30_000)
afterAll(() => removeDir(workDir))

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

function exited(child: ChildProcess): Promise<{ signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done({ signal: child.signalCode })
    else child.once('exit', (_code, signal) => done({ signal }))
  })
}

function readyLine(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) done()
    })
    child.once('exit', () => done())
  })
}

function committed(path: string): CommittedMaterial[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as CommittedMaterial)
}

function filesWithMarker(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path).includes(Buffer.from(crashMaterialMarker, 'utf8')))
}

describe('kills during material imports, the move of blobs, incremental backups and rotations', () => {
  it(`${kills} kills: nothing committed is lost, nothing half written is left, nothing in clear`, async () => {
    const setup = await createdVault()
    const dataDir = setup.dataDir
    await setup.call('auth.unlock', crashAdmin)
    const bodyId = (await setup.call('bodies.list'))[0]!.id
    const topic = await setup.call('topics.save', { bodyId, title: '关于重点工程建设进展的议题', category: 'general', proposingUnit: '区住房城乡建设局', presenter: '张华', leaderInChargeId: null, leaderSignedOffOn: '2026-11-20', summary: null, consultationItemId: null, guests: [] })
    // Materials of an older version: blobs in the store, moved out at the child's unlock.
    const sqlite = setup.context.session!.vault.mainSqlite
    const insert = sqlite.prepare('insert into topic_materials (id, topic_id, file_name, media_type, size, sha256, content, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)')
    const legacy = new Map<string, string>()
    for (let index = 0; index < legacyRows; index += 1) {
      const bytes = Buffer.concat([Buffer.from(crashMaterialMarker, 'utf8'), randomBytes(200_000 + index * 40_000)])
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      insert.run(`legacy-${index}`, topic.id, `旧材料${index}.pdf`, 'application/pdf', bytes.length, sha256, bytes, '2026-11-01T01:00:00.000Z')
      legacy.set(`旧材料${index}.pdf`, sha256)
    }
    setup.context.lock('manual')
    const scratch = join(workDir, 'scratch')
    mkdirSync(scratch)
    const log = join(workDir, 'committed.log')

    for (let round = 0; round < kills; round += 1) {
      const child = spawn(process.execPath, [childScript, dataDir, migrationsRoot, log, String(round * 100), topic.id, scratch], {
        env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const ready = readyLine(child)
      if (round % 4 === 0) await sleep(Math.random() * 150)
      else {
        await ready
        await sleep(100 + Math.random() * 1500)
      }
      child.kill('SIGKILL')
      expect({ signal: (await exited(child)).signal, stderr }, `round ${round}`).toEqual({ signal: 'SIGKILL', stderr: '' })

      // A fresh core, like a restarted app.
      const core = testCore(dataDir)
      await core.call('auth.unlock', crashAdmin)
      const session = core.context.session!
      await blobMoveSettled(session)
      expect(integrityCheck(session.vault.mainSqlite)).toBe('ok')
      const rows = session.vault.mainSqlite.prepare('select id, file_name as fileName, sha256, file_id as fileId from topic_materials').all() as { id: string; fileName: string; sha256: string; fileId: string | null }[]
      const byName = new Map(rows.map((row) => [row.fileName, row]))
      const expected = new Map(legacy)
      for (const entry of committed(log)) if (entry.kind === 'material' && entry.fileName) expected.set(entry.fileName, entry.sha256 ?? '')
      for (const [fileName, sha256] of expected) {
        const row = byName.get(fileName)
        expect(row?.sha256, `${fileName} (round ${round})`).toBe(sha256)
        const bytes = vaultFileBytes(mainFileStore(session.vault), 'material', row!.id)
        expect(createHash('sha256').update(bytes).digest('hex'), fileName).toBe(sha256)
      }
      // The move finished in this process: every row is a file, and the folder holds exactly those.
      expect(rows.every((row) => row.fileId !== null)).toBe(true)
      expect(readdirSync(filesDirOf(session.vault.paths.dir)).sort()).toEqual(rows.map((row) => row.fileId).sort())
      expect((await core.call('backup.overview')).backups.every((backup) => backup.verified)).toBe(true)
      expect(filesWithMarker(dataDir)).toEqual([])
      core.context.lock('manual')
    }
    const steps = committed(log)
    // The kills landed among all of it: imports, backups and rotations completed in between.
    expect(steps.filter((entry) => entry.kind === 'material').length).toBeGreaterThan(kills)
    expect(steps.some((entry) => entry.kind === 'backup')).toBe(true)
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.startsWith('yishi-backup-')).length).toBeGreaterThan(0)
    expect(existsSync(vaultPaths(dataDir).main)).toBe(true)
    removeDir(dataDir)
  }, 600_000)
})
