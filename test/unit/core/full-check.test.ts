import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import type { AppEvents } from '../../../shared/ipc/contract'
import { filesDirOf } from '../../../electron/core/vault-files/vault-files'
import { meetingsVaults, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { decidedMeeting } from './follow-up-fixture'

// 完整校验 (backup.fullCheck): every store checked in place and every material file decrypted
// and authenticated whole, off the dispatcher's queue, cancellable, audited.

const vaults = meetingsVaults()

async function addMaterial(vault: MeetingsVault, topicId: string, name: string, bytes: Buffer) {
  const file = join(vaults.folder(), name)
  writeFileSync(file, bytes)
  vault.core.dialogs.openFiles.push([file])
  const materials = await vault.core.call('topics.addMaterials', { topicId })
  return materials.find((material) => material.fileName === name)!
}

/** Flips one byte in the middle of a material's encrypted file: only a full check sees it (the tail still authenticates). */
function flipMiddleByte(vault: MeetingsVault, materialId: string): void {
  const sqlite = vault.core.context.session!.vault.mainSqlite
  const fileId = sqlite.prepare('select file_id from topic_materials where id = ?').pluck().get(materialId) as string
  const path = join(filesDirOf(vault.core.context.session!.vault.paths.dir), fileId)
  const bytes = readFileSync(path)
  const middle = Math.floor(bytes.length / 2)
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x01
  writeFileSync(path, bytes)
}

const lastAudit = (vault: MeetingsVault) =>
  vault.core.context.session!.vault.mainSqlite.prepare(`select action, summary from audit_log order by id desc limit 1`).get() as { action: string; summary: string }

describe('完整校验', () => {
  it('reports an intact vault as intact, and a material whose bytes were flipped by name and topic; audited', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于老旧小区改造的议题'))
    const damaged = await addMaterial(vault, topic.id, '改造方案.pdf', randomBytes(3 * 1024 * 1024))
    await addMaterial(vault, topic.id, '资金测算.xlsx', randomBytes(300 * 1024))
    await materialTextsSettled(vault.core.context.session!)

    const intact = await vault.core.call('backup.fullCheck')
    expect(intact).toEqual({ cancelled: false, stores: [{ label: '主库', problem: null }, { label: '干部任免库', problem: null }], filesChecked: 2, filesTotal: 2, damaged: [] })
    expect(lastAudit(vault)).toEqual({ action: 'backup.fullCheck', summary: '完整校验：主库完好，干部任免库完好；已校验材料和附件 2/2 个' })

    flipMiddleByte(vault, damaged.id)
    const report = await vault.core.call('backup.fullCheck')
    expect(report.cancelled).toBe(false)
    expect(report.stores.every((store) => store.problem === null)).toBe(true)
    expect(report.damaged).toEqual([{ kind: 'material', fileName: '改造方案.pdf', owner: '议题《关于老旧小区改造的议题》', problem: '加密文件内容已被改动，无法通过认证' }])
    expect(lastAudit(vault).summary).toBe('完整校验：主库完好，干部任免库完好；已校验材料和附件 2/2 个，损坏 1 个：“改造方案.pdf”')
  })

  it('leaves the other calls running meanwhile, and stops on 取消 with what it checked so far', async () => {
    const progress: AppEvents['backup.checkProgress'][] = []
    const vault = await vaults.open({ onAppEvent: (event, payload) => event === 'backup.checkProgress' && progress.push(payload as AppEvents['backup.checkProgress']) })
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城市更新的议题'))
    for (const name of ['一.pdf', '二.pdf', '三.pdf']) await addMaterial(vault, topic.id, name, randomBytes(6 * 1024 * 1024))
    await materialTextsSettled(vault.core.context.session!)

    const running = vault.core.call('backup.fullCheck')
    // Answered while the check runs (it is off the queue).
    expect((await vault.core.call('topics.get', { id: topic.id })).title).toBe('关于城市更新的议题')
    expect(await vault.core.call('backup.cancelFullCheck')).toBeNull()
    const report = await running
    expect(report.cancelled).toBe(true)
    expect(report.filesChecked).toBeLessThan(3)
    expect(report.filesTotal).toBe(3)
    expect(progress[0]).toEqual({ stage: 'stores', doneBytes: 0, totalBytes: 18 * 1024 * 1024 })
    expect(lastAudit(vault).summary).toMatch(/^完整校验（中途取消）：/u)
  })

  it('names a 督办 attachment whose file was cut short by its task and report, and a missing material', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于河道整治的方案' }])
    const photo = join(vaults.folder(), '现场照片.jpg')
    writeFileSync(photo, randomBytes(1024 * 1024))
    vault.core.dialogs.openFiles.push([photo])
    const detail = await vault.core.call('followUp.report', { id: taskIds[0]!, date: '2026-03-10', text: '已开工。', withFiles: true })
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于湿地公园的议题'))
    const material = await addMaterial(vault, topic.id, '方案.pdf', randomBytes(100 * 1024))
    const session = vault.core.context.session!
    await materialTextsSettled(session)
    const fileOf = (table: string, id: string) => join(filesDirOf(session.vault.paths.dir), session.vault.mainSqlite.prepare(`select file_id from ${table} where id = ?`).pluck().get(id) as string)
    const attachmentFile = fileOf('task_attachments', detail.reports[0]!.attachments[0]!.id)
    writeFileSync(attachmentFile, readFileSync(attachmentFile).subarray(0, 5000))
    rmSync(fileOf('topic_materials', material.id))

    const report = await vault.core.call('backup.fullCheck')
    expect(report.damaged).toEqual([
      { kind: 'attachment', fileName: '现场照片.jpg', owner: '督办事项《关于河道整治的方案》的进展报告（2026-03-10）', problem: '加密文件大小不符（被截断或被替换）' },
      { kind: 'material', fileName: '方案.pdf', owner: '议题《关于湿地公园的议题》', problem: '加密文件缺失' },
    ])
  })
})
