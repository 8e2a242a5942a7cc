import { createHash, randomBytes } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chunkBytes, checkSealedTail, headerBytes, openSealedChunks, sealInto, bufferReader, SealedFileError } from '../../../electron/core/vault-files/sealed-file'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { blobMoveSettled } from '../../../electron/core/vault-files/after-unlock'
import { filesDirOf, mainFileStore, vaultFileBytes } from '../../../electron/core/vault-files/vault-files'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { openEncryptedStore } from '../../../electron/core/vault/store'
import { unsignKeyFile } from '../../support/attacker'
import { rollBackTo } from '../../support/migration-levels'
import { meetingsVaults, refused, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { adminPassword } from '../../support/vault'

const vaults = meetingsVaults()
const admin = { username: 'admin', password: adminPassword }
const marker = 'MARKER-汇报材料-明文不得落盘-41d7'

/** A realistic material: a few MB with a marker repeated through it (so every chunk holds one). */
function materialBytes(megabytes: number): Buffer {
  const block = Buffer.concat([Buffer.from(marker, 'utf8'), randomBytes(4000)])
  return Buffer.concat(Array.from({ length: Math.ceil((megabytes * 1024 * 1024) / block.length) }, () => block)).subarray(0, Math.round(megabytes * 1024 * 1024))
}

async function addMaterial(vault: MeetingsVault, topicId: string, name: string, bytes: Buffer) {
  const file = join(vaults.folder(), name)
  writeFileSync(file, bytes)
  vault.core.dialogs.openFiles.push([file])
  const materials = await vault.core.call('topics.addMaterials', { topicId })
  return materials.find((material) => material.fileName === name)!
}

function sealed(bytes: Buffer, key = randomBytes(32), fileId = randomBytes(16)) {
  const path = join(vaults.folder(), 'sealed')
  const fd = openSync(path, 'w')
  sealInto(fd, key, fileId, bufferReader(bytes))
  closeSync(fd)
  return { path, key, fileId }
}

const plain = (file: { path: string; key: Buffer; fileId: Buffer }, size: number) => Buffer.concat([...openSealedChunks(file.path, file.key, file.fileId, size)])

const problemOf = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    return error instanceof SealedFileError ? error.problem : 'other'
  }
  return null
}

/** Every file under `dir` (recursively) holding the marker in clear. */
function filesWithMarker(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path).includes(Buffer.from(marker, 'utf8')))
}

describe('the sealed file format (1 MiB AES-256-GCM chunks)', () => {
  it('round-trips empty, exactly one chunk, and several chunks', () => {
    for (const size of [0, 1, chunkBytes, chunkBytes * 2 + 17]) {
      const bytes = randomBytes(size)
      const file = sealed(bytes)
      expect(statSync(file.path).size).toBe(headerBytes + size + Math.max(1, Math.ceil(size / chunkBytes)) * 16)
      expect(plain(file, size).equals(bytes)).toBe(true)
      checkSealedTail(file.path, file.key, file.fileId, size)
    }
  })

  it('detects truncation at a chunk boundary, reordered chunks, a flipped byte and a wrong key', () => {
    const size = chunkBytes * 3
    const bytes = randomBytes(size)
    const file = sealed(bytes)
    const original = readFileSync(file.path)
    const stride = chunkBytes + 16
    // Cut after two whole chunks: the second is not sealed as the last one, so even its tail check fails.
    writeFileSync(file.path, original.subarray(0, headerBytes + 2 * stride))
    expect(problemOf(() => checkSealedTail(file.path, file.key, file.fileId, chunkBytes * 2))).toBe('chunk')
    expect(problemOf(() => plain(file, size))).toBe('size')
    const swapped = Buffer.from(original)
    original.copy(swapped, headerBytes, headerBytes + stride, headerBytes + 2 * stride)
    original.copy(swapped, headerBytes + stride, headerBytes, headerBytes + stride)
    writeFileSync(file.path, swapped)
    expect(problemOf(() => plain(file, size))).toBe('chunk')
    const flipped = Buffer.from(original)
    flipped[headerBytes + 5] = (flipped[headerBytes + 5] ?? 0) ^ 1
    writeFileSync(file.path, flipped)
    expect(problemOf(() => plain(file, size))).toBe('chunk')
    writeFileSync(file.path, original)
    expect(problemOf(() => plain({ ...file, key: randomBytes(32) }, size))).toBe('chunk')
    expect(problemOf(() => plain({ ...file, fileId: randomBytes(16) }, size))).toBe('header')
  })
})

describe('materials as encrypted files beside the stores', () => {
  it('a material is a file named by a random id, its row holds no bytes, and it reads back only through its key', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于2026年财政预算调整的议题'))
    const bytes = materialBytes(3.4)
    const material = await addMaterial(vault, topic.id, '财政预算调整汇报.pdf', bytes)
    expect(material).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })

    const session = vault.core.context.session!
    const dir = filesDirOf(session.vault.paths.dir)
    const [name] = readdirSync(dir)
    expect(readdirSync(dir)).toHaveLength(1)
    expect(name).toMatch(/^[0-9a-f]{32}$/u)
    expect(name).not.toContain(material.sha256.slice(0, 8))
    const row = session.vault.mainSqlite.prepare('select length(content) as blob, file_id as fileId from topic_materials where id = ?').get(material.id) as { blob: number; fileId: string }
    expect(row).toEqual({ blob: 0, fileId: name })
    expect(vaultFileBytes(mainFileStore(session.vault), 'material', material.id).equals(bytes)).toBe(true)
    // Nothing under the vault folder holds the material in clear.
    expect(filesWithMarker(session.vault.paths.dir)).toEqual([])
  })

  it('a missing or altered file is FILE_DAMAGED with a Chinese message offering the backups; other materials still export', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于老旧小区改造的议题'))
    const damaged = await addMaterial(vault, topic.id, '改造方案.docx', materialBytes(1.5))
    const fine = await addMaterial(vault, topic.id, '资金测算.xlsx', materialBytes(0.3))
    const session = vault.core.context.session!
    // Their text is read in the background; done first, so the refusals below are compared with a still store.
    await materialTextsSettled(session)
    const fileOf = (id: string) => (session.vault.mainSqlite.prepare('select file_id as f from topic_materials where id = ?').get(id) as { f: string }).f
    const path = join(filesDirOf(session.vault.paths.dir), fileOf(damaged.id))
    const original = readFileSync(path)
    const altered = Buffer.from(original)
    altered[altered.length - 3] = (altered[altered.length - 3] ?? 0) ^ 0xff
    writeFileSync(path, altered)
    const target = join(vaults.folder(), '导出.docx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await refused(vault.core, 'topics.exportMaterial', { materialId: damaged.id }, 'FILE_DAMAGED')).toBe(
      '材料“改造方案.docx”的加密文件缺失或已被改动，无法读取。其他数据不受影响；请在 设置 → 备份与恢复 中从最近的备份恢复，或重新添加该材料。',
    )
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(vaults.folder()).filter((entry) => entry.includes('partial'))).toEqual([])
    rmSync(path)
    vault.core.dialogs.saveFiles.push(target)
    expect((await vault.core.raw('topics.exportMaterial', { materialId: damaged.id })).ok).toBe(false)
    // The lists never touch the files: the topic still shows both materials.
    expect((await vault.core.call('topics.get', { id: topic.id })).materials.map((material) => material.fileName).sort()).toEqual(['改造方案.docx', '资金测算.xlsx'].sort())
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('topics.exportMaterial', { materialId: fine.id })).toEqual({ path: target })
  })

  it('备份到… with a material file gone fails whole: BACKUP_FAILED, nothing left in the folder picked, the session goes on', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城市更新项目的议题'))
    const gone = await addMaterial(vault, topic.id, '项目方案.pdf', materialBytes(0.4))
    for (let index = 0; index < 12; index += 1) await addMaterial(vault, topic.id, `附件${index + 1}.pdf`, materialBytes(0.05))
    const session = vault.core.context.session!
    await materialTextsSettled(session)
    const fileId = (session.vault.mainSqlite.prepare('select file_id as f from topic_materials where id = ?').get(gone.id) as { f: string }).f
    rmSync(join(filesDirOf(session.vault.paths.dir), fileId))
    const folder = join(vaults.folder(), 'U盘')
    vault.core.dialogs.directories.push(folder)
    // The files are copied while the workers still check the stores: the failure waits for them, then cleans up.
    expect(await vault.core.raw('backup.create')).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED' } })
    expect(readdirSync(folder)).toEqual([])
    expect((await vault.core.call('topics.get', { id: topic.id })).materials).toHaveLength(13)
  })

  it('a row pointed at another file, or with its size changed in the store, no longer unwraps its key', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于招商引资项目的议题'))
    const first = await addMaterial(vault, topic.id, '项目一.pdf', materialBytes(0.4))
    const second = await addMaterial(vault, topic.id, '项目二.pdf', materialBytes(0.4))
    await materialTextsSettled(vault.core.context.session!)
    const sqlite = vault.core.context.session!.vault.mainSqlite
    const fileOf = (id: string) => (sqlite.prepare('select file_id as f from topic_materials where id = ?').get(id) as { f: string }).f
    sqlite.prepare('update topic_materials set file_id = ? where id = ?').run(fileOf(second.id), first.id)
    vault.core.dialogs.saveFiles.push(join(vaults.folder(), 'a.pdf'))
    expect((await vault.core.raw('topics.exportMaterial', { materialId: first.id })).ok).toBe(false)
    sqlite.prepare('update topic_materials set size = size - 1 where id = ?').run(second.id)
    vault.core.dialogs.saveFiles.push(join(vaults.folder(), 'b.pdf'))
    expect(await refused(vault.core, 'topics.exportMaterial', { materialId: second.id }, 'FILE_DAMAGED')).toContain('项目二.pdf')
  })

  it('unlock removes files no row points at and temporary files a kill left, and nothing else', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于河长制工作的议题'))
    const kept = await addMaterial(vault, topic.id, '河长制汇报.pdf', materialBytes(0.5))
    const removed = await addMaterial(vault, topic.id, '旧版.pdf', materialBytes(0.2))
    await vault.core.call('topics.removeMaterial', { materialId: removed.id })
    const dir = filesDirOf(vaultPaths(vault.core.dataDir).dir)
    const orphan = randomBytes(16).toString('hex')
    writeFileSync(join(dir, orphan), 'sealed but never committed')
    writeFileSync(join(dir, `.${randomBytes(16).toString('hex')}.partial`), 'half written')
    expect(readdirSync(dir)).toHaveLength(4)
    await vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', admin)
    const sqlite = vault.core.context.session!.vault.mainSqlite
    expect(readdirSync(dir)).toEqual([(sqlite.prepare('select file_id as f from topic_materials where id = ?').get(kept.id) as { f: string }).f])
  })

  it('an upgraded vault: blobs move out to files in the background after unlock, rows keep their metadata, the store shrinks', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于乡村振兴示范村建设的议题'))
    const sqlite = vault.core.context.session!.vault.mainSqlite
    const legacy = Array.from({ length: 12 }, (_, index) => ({ id: `legacy-${index}`, bytes: materialBytes(index % 3 === 0 ? 4 : 0.6) }))
    const insert = sqlite.prepare('insert into topic_materials (id, topic_id, file_name, media_type, size, sha256, content, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const row of legacy) insert.run(row.id, topic.id, `${row.id}.pdf`, 'application/pdf', row.bytes.length, createHash('sha256').update(row.bytes).digest('hex'), row.bytes, '2026-03-01T01:00:00.000Z')
    const before = (await vault.core.call('topics.get', { id: topic.id })).materials
    const storeBefore = statSync(vaultPaths(vault.core.dataDir).main).size + statSync(`${vaultPaths(vault.core.dataDir).main}-wal`).size
    await vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', admin)
    const session = vault.core.context.session!
    await blobMoveSettled(session)
    const left = session.vault.mainSqlite.prepare(`select count(*) as n from topic_materials where file_id is null or length(content) > 0`).get() as { n: number }
    expect(left.n).toBe(0)
    expect((await vault.core.call('topics.get', { id: topic.id })).materials).toEqual(before)
    for (const row of legacy) expect(vaultFileBytes(mainFileStore(session.vault), 'material', row.id).equals(row.bytes)).toBe(true)
    session.vault.mainSqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(statSync(vaultPaths(vault.core.dataDir).main).size).toBeLessThan(storeBefore / 4)
    expect(filesWithMarker(session.vault.paths.dir)).toEqual([])
  })
})

describe('backups with materials', () => {
  it('a lock backup links the files the previous one holds and copies only new ones; each restores alone; no clear text anywhere', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于重大项目前期工作的议题'))
    const first = await addMaterial(vault, topic.id, '前期工作汇报.pdf', materialBytes(2.2))
    await vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', admin)
    const second = await addMaterial(vault, topic.id, '补充说明.docx', materialBytes(0.7))
    await vault.core.context.lock('manual')
    const backupsDir = join(vault.core.dataDir, 'backups')
    const names = readdirSync(backupsDir).filter((name) => name.startsWith('yishi-backup-')).sort()
    expect(names).toHaveLength(2)
    const [older, newer] = names.map((name) => join(backupsDir, name, 'files'))
    const firstFile = readdirSync(older!)[0]!
    expect(readdirSync(newer!)).toHaveLength(2)
    // The unchanged file is the same inode (hard link), so the second backup copied 0.7 MB, not 2.9.
    expect(statSync(join(newer!, firstFile)).ino).toBe(statSync(join(older!, firstFile)).ino)
    expect(filesWithMarker(vault.core.dataDir)).toEqual([])

    // The older backup is removed: the newer one still restores everything, verified first.
    rmSync(join(backupsDir, names[0]!), { recursive: true })
    const listed = await vault.core.call('backup.listRestorable')
    const result = await vault.core.call('backup.restore', { backupId: listed.backups[0]!.id, ...admin })
    expect(result.keptAsideAt).not.toBeNull()
    await vault.core.call('auth.unlock', admin)
    const session = vault.core.context.session!
    for (const material of [first, second]) expect(vaultFileBytes(mainFileStore(session.vault), 'material', material.id).length).toBe(material.size)
  })

  it('restore refuses a backup whose file was altered, and changes nothing', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于安全生产大检查的议题'))
    await addMaterial(vault, topic.id, '安全生产检查.pdf', materialBytes(1.2))
    await vault.core.context.lock('manual')
    const backupsDir = join(vault.core.dataDir, 'backups')
    const [name] = readdirSync(backupsDir).filter((entry) => entry.startsWith('yishi-backup-'))
    const files = join(backupsDir, name!, 'files')
    const path = join(files, readdirSync(files)[0]!)
    const bytes = readFileSync(path)
    bytes[headerBytes + 100] = (bytes[headerBytes + 100] ?? 0) ^ 1
    writeFileSync(path, bytes)
    await vault.core.call('auth.unlock', admin)
    // The background pass that reads materials' text has written its marks before the state is taken.
    await materialTextsSettled(vault.core.context.session!)
    const vaultBefore = readdirSync(vaultPaths(vault.core.dataDir).dir).sort()
    const listed = await vault.core.call('backup.listRestorable')
    expect(await refused(vault.core, 'backup.restore', { backupId: listed.backups[0]!.id, ...admin }, 'BACKUP_DAMAGED')).toBeTruthy()
    expect(readdirSync(vaultPaths(vault.core.dataDir).dir).sort()).toEqual(vaultBefore)
  })

  it('key rotation re-wraps the file keys and leaves the files untouched', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于营商环境优化的议题'))
    const bytes = materialBytes(1.1)
    const material = await addMaterial(vault, topic.id, '营商环境.pdf', bytes)
    const dir = filesDirOf(vaultPaths(vault.core.dataDir).dir)
    const [name] = readdirSync(dir)
    const fileBefore = readFileSync(join(dir, name!))
    const wrapped = () => (vault.core.context.session!.vault.mainSqlite.prepare('select file_key as k from topic_materials where id = ?').get(material.id) as { k: string }).k
    const keyBefore = wrapped()
    await vault.core.call('vault.rotateKeys')
    expect(wrapped()).not.toBe(keyBefore)
    expect(readFileSync(join(dir, name!)).equals(fileBefore)).toBe(true)
    await vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', admin)
    expect(vaultFileBytes(mainFileStore(vault.core.context.session!.vault), 'material', material.id).equals(bytes)).toBe(true)
  })
})

describe('migration 0008', () => {
  it('a vault at 0006 with blob materials is migrated at unlock and its blobs moved out; the attachments append-only trigger is replaced by one allowing only the move and re-wrapping', async () => {
    const vault = await vaults.open({ roster: false })
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城市更新行动的议题'))
    const session = vault.core.context.session!
    const key = Buffer.from(session.vault.mainKey)
    const mainPath = session.vault.paths.main
    await vault.core.context.lock('restore')
    const sqlite = openEncryptedStore(mainPath, key, { create: false })
    rollBackTo(sqlite, 'main', '0006_search_follows_renames')
    const bytes = materialBytes(2.5)
    sqlite
      .prepare('insert into topic_materials (id, topic_id, file_name, media_type, size, sha256, content, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('old-material', topic.id, '城市更新汇报.pdf', 'application/pdf', bytes.length, createHash('sha256').update(bytes).digest('hex'), bytes, '2026-03-01T01:00:00.000Z')
    sqlite.close()
    // A store from before 0007 goes with the key file of its time.
    unsignKeyFile(vaultPaths(vault.core.dataDir).keyFile)

    await vault.core.call('auth.unlock', admin)
    const unlocked = vault.core.context.session!
    await blobMoveSettled(unlocked)
    const row = unlocked.vault.mainSqlite.prepare(`select length(content) as blob, file_id as fileId from topic_materials where id = 'old-material'`).get() as { blob: number; fileId: string }
    expect(row.blob).toBe(0)
    expect(existsSync(join(filesDirOf(unlocked.vault.paths.dir), row.fileId))).toBe(true)
    expect(vaultFileBytes(mainFileStore(unlocked.vault), 'material', 'old-material').equals(bytes)).toBe(true)
    const trigger = unlocked.vault.mainSqlite.prepare(`select sql from sqlite_master where name = 'task_attachments_no_update'`).get() as { sql: string }
    expect(trigger.sql).toContain('NEW.file_name IS OLD.file_name')
  })
})
