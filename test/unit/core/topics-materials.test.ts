import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { meetingsVaults, refused, topicInput, type MeetingsVault } from '../../support/meetings-fixture'

const vaults = meetingsVaults()

// A string that appears only inside the material: it must never be found in clear in the vault.
const marker = 'MARKER-汇报材料-明文不得落盘-7f3a9c'

async function topicWithMaterial(vault: MeetingsVault) {
  const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于2026年重点项目安排的议题'))
  const folder = vaults.folder()
  const file = join(folder, '重点项目汇报.docx')
  writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(marker.repeat(200), 'utf8')]))
  vault.core.dialogs.openFiles.push([file])
  const materials = await vault.core.call('topics.addMaterials', { topicId: topic.id })
  return { topic, file, folder, materials }
}

/** Every file in the vault folder, the encrypted files under files/ included. */
function vaultFiles(dataDir: string): string[] {
  const dir = vaultPaths(dataDir).dir
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('汇报材料 inside the encrypted store', () => {
  it('round trip: added through the dialog, exported where the user chooses, same bytes, nothing in clear in the vault', async () => {
    const vault = await vaults.open()
    const { topic, file, materials } = await topicWithMaterial(vault)
    const original = readFileSync(file)
    expect(vault.core.dialogs.requests.at(-1)).toEqual({ kind: 'open', title: '为议题《关于2026年重点项目安排的议题》添加汇报材料' })
    expect(materials).toEqual([
      {
        id: expect.any(String),
        fileName: '重点项目汇报.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: original.length,
        sha256: createHash('sha256').update(original).digest('hex'),
        receivedAt: '2026-03-02T01:00:00.000Z',
        textState: null,
      },
    ])
    // Its text is read in the background: not a real document, so marked failed (nothing indexed).
    await materialTextsSettled(vault.core.context.session!)
    expect((await vault.core.call('topics.get', { id: topic.id })).materials).toEqual(materials.map((material) => ({ ...material, textState: 'failed' })))

    const target = join(vaults.folder(), '导出', '重点项目汇报（导出）.docx')
    mkdirSync(join(target, '..'))
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('topics.exportMaterial', { materialId: materials[0]?.id ?? '' })).toEqual({ path: target })
    expect(readFileSync(target).equals(original)).toBe(true)
    expect(readdirSync(join(target, '..'))).toEqual(['重点项目汇报（导出）.docx'])
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'topics.exportMaterial', summary: `导出议题《关于2026年重点项目安排的议题》的材料“重点项目汇报.docx”到 ${target}` })

    // Neither the store nor its write-ahead log holds the material in clear, and no other file appeared.
    const files = vaultFiles(vault.core.dataDir)
    // The store is open in WAL mode, so the fresh rows sit in main.db-wal: both are read.
    expect(files.map((path) => path.split('/').at(-1))).toEqual(expect.arrayContaining(['main.db', 'main.db-wal']))
    for (const path of files) {
      const bytes = readFileSync(path)
      expect(bytes.includes(Buffer.from(marker, 'utf8')), `${path} holds the material in clear`).toBe(false)
      expect(bytes.includes(Buffer.from('MARKER-', 'utf8')), `${path} holds part of the material in clear`).toBe(false)
    }
  })

  it('cancelled dialogs save and write nothing', async () => {
    const vault = await vaults.open()
    const { topic, materials } = await topicWithMaterial(vault)
    const [before] = await vault.core.call('audit.list', { limit: 1 })
    expect(await vault.core.call('topics.addMaterials', { topicId: topic.id })).toEqual(materials)
    expect(await vault.core.call('topics.exportMaterial', { materialId: materials[0]?.id ?? '' })).toBeNull()
    expect((await vault.core.call('audit.list', { limit: 1 }))[0]?.id).toBe(before?.id)
  })

  it('refuses a file over 200 MB or unreadable, naming it, and saves none of the picked files', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城区防汛工作的议题'))
    const folder = vaults.folder()
    const fine = join(folder, '防汛方案.pdf')
    writeFileSync(fine, '%PDF-1.7 防汛方案')
    const huge = join(folder, '现场录像.mp4')
    writeFileSync(huge, '')
    truncateSync(huge, 200 * 1024 * 1024 + 1)
    vault.core.dialogs.openFiles.push([fine, huge])
    expect(await refused(vault.core, 'topics.addMaterials', { topicId: topic.id }, 'MATERIAL_INVALID')).toBe('材料“现场录像.mp4”有 200.0 MB，超过 200 MB 的上限。请压缩或拆分后再添加。未保存任何材料。')
    vault.core.dialogs.openFiles.push([fine, join(folder, '已删除.docx')])
    expect(await refused(vault.core, 'topics.addMaterials', { topicId: topic.id }, 'MATERIAL_INVALID')).toBe('材料“已删除.docx”无法读取（ENOENT）：请确认文件存在且未被其他程序占用。未保存任何材料。')
    expect((await vault.core.call('topics.get', { id: topic.id })).materials).toEqual([])
  })

  it('removes a material with an audit entry', async () => {
    const vault = await vaults.open()
    const { topic, materials } = await topicWithMaterial(vault)
    expect(await vault.core.call('topics.removeMaterial', { materialId: materials[0]?.id ?? '' })).toEqual([])
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'topics.removeMaterial', entityId: topic.id, summary: '删除议题《关于2026年重点项目安排的议题》的材料“重点项目汇报.docx”' })
    expect(await refused(vault.core, 'topics.removeMaterial', { materialId: materials[0]?.id ?? '' }, 'NOT_FOUND')).toBe('找不到该材料（可能已被删除），请刷新后重试。')
  })
})
