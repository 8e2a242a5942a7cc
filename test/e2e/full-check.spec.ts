import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import type { Channel, ChannelInput } from '../../shared/ipc/contract'
import { expect, test, type AppHarness } from './support/app'
import { createVault, openSettingsTab, unlock } from './support/flows'

async function call<C extends Channel>(app: AppHarness, channel: C, input: ChannelInput<C>) {
  const result = await app.core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

test('完整校验 in 备份与恢复: an intact vault, then a material whose encrypted file was altered, named with its topic and the restore offered', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)

  const [standing] = (await call(app, 'bodies.list', undefined as never)) as { id: string }[]
  const topic = (await call(app, 'topics.save', {
    bodyId: standing!.id,
    title: '关于城乡供水一体化工程建设情况的汇报',
    category: 'general',
    proposingUnit: '县水利局',
    presenter: '赵刚（县水利局局长）',
    leaderInChargeId: null,
    leaderSignedOffOn: null,
    summary: null,
    consultationItemId: null,
    guests: [],
  })) as { id: string }
  const folder = mkdtempSync(join(tmpdir(), 'yishi-e2e-check-'))
  const altered = join(folder, '供水管网改造方案.pdf')
  const kept = join(folder, '资金测算表.xlsx')
  writeFileSync(altered, randomBytes(2 * 1024 * 1024))
  writeFileSync(kept, randomBytes(200 * 1024))
  app.dialogs.openFiles.push([altered, kept])
  await call(app, 'topics.addMaterials', { topicId: topic.id })
  const session = app.core.context.session!
  await materialTextsSettled(session)

  await openSettingsTab(page, '备份与恢复')
  const card = page.getByRole('region', { name: '完整校验' })
  await card.getByRole('button', { name: '开始完整校验' }).click()
  await expect(card.getByText('全部完好：已校验主库、干部任免库，材料和附件 2/2 个。')).toBeVisible()
  await card.scrollIntoViewIfNeeded()
  await app.shot('full-check-01-intact')

  // One byte in the middle of the file (the tail still authenticates: only the full check sees it).
  const fileId = session.vault.mainSqlite.prepare(`select file_id from topic_materials where file_name = '供水管网改造方案.pdf'`).pluck().get() as string
  const path = join(session.vault.paths.dir, 'files', fileId)
  const bytes = readFileSync(path)
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01
  writeFileSync(path, bytes)

  await card.getByRole('button', { name: '开始完整校验' }).click()
  const damage = card.getByRole('alert')
  await expect(damage).toContainText('发现损坏')
  await expect(damage).toContainText('材料“供水管网改造方案.pdf”（议题《关于城乡供水一体化工程建设情况的汇报》）：加密文件内容已被改动，无法通过认证')
  await damage.getByRole('button', { name: '从备份恢复…' }).scrollIntoViewIfNeeded()
  await expect(damage.getByRole('button', { name: '从备份恢复…' })).toBeVisible()
  await app.shot('full-check-02-damaged')
})
