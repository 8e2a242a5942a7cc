import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { writeGbText, writeReportDocx, writeReportPdf, writeScannedPdf } from '../../support/material-documents'
import { meetingsVaults, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { adminPassword, tempDir } from '../../support/vault'

const vaults = meetingsVaults()

const supplyReport = [
  '今年以来，县水利局按照县委、县政府部署，统筹推进城乡供水一体化工程，新建加压泵站3座，改造供水管网126公里。',
  '农村饮水安全巩固提升工程覆盖全县14个乡镇、186个行政村，受益人口21.3万人，自来水普及率达到98.6%。',
  '下一步，将加快第二水厂扩建工程进度，力争2027年6月底前通水。',
]
const farmlandReport = [
  '2026年全县计划建设高标准农田5.2万亩，截至11月底已完成4.8万亩，完成率92.3%。',
  '项目区实现田成方、渠相通、路相连，亩均节本增效约260元。',
]

let files: { docx: string; pdf: string; scan: string; txt: string }

beforeAll(async () => {
  const folder = tempDir('yishi-material-docs-')
  files = {
    docx: await writeReportDocx(join(folder, '城乡供水一体化工程汇报.docx'), '关于城乡供水一体化工程建设情况的汇报', supplyReport),
    pdf: await writeReportPdf(folder, '高标准农田建设情况汇报', '关于高标准农田建设情况的汇报', farmlandReport),
    scan: writeScannedPdf(join(folder, '项目批复（扫描件）.pdf')),
    txt: writeGbText(join(folder, '营商环境情况说明.txt'), '全县持续优化营商环境，企业开办时间压缩至1个工作日以内。\r\n'),
  }
}, 180_000)

async function addMaterials(vault: MeetingsVault, paths: string[]) {
  const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于2026年民生实事项目进展情况的议题'))
  vault.core.dialogs.openFiles.push(paths)
  await vault.core.call('topics.addMaterials', { topicId: topic.id })
  const session = vault.core.context.session
  if (!session) throw new Error('locked')
  await materialTextsSettled(session)
  return { topic, materials: (await vault.core.call('topics.get', { id: topic.id })).materials }
}

const search = (vault: MeetingsVault, query: string) => vault.core.call('search.query', { query, offset: 0, limit: 50 })

describe('search inside materials', () => {
  it('finds phrases inside a .docx, a PDF text layer and a GB18030 .txt, marks a scan 无文字层, forgets a removed material', async () => {
    const vault = await vaults.open()
    const { topic, materials } = await addMaterials(vault, [files.docx, files.pdf, files.scan, files.txt])
    const byName = Object.fromEntries(materials.map((material) => [material.fileName, material]))
    expect(byName['城乡供水一体化工程汇报.docx']?.textState).toBe('text')
    expect(byName['高标准农田建设情况汇报.pdf']?.textState).toBe('text')
    expect(byName['项目批复（扫描件）.pdf']?.textState).toBe('no_text')
    expect(byName['营商环境情况说明.txt']?.textState).toBe('text')

    const docxHits = await search(vault, '农村饮水安全巩固提升')
    expect(docxHits.hits).toEqual([
      {
        kind: 'material',
        meetingId: null,
        itemId: null,
        topicId: topic.id,
        materialId: byName['城乡供水一体化工程汇报.docx']?.id,
        meetingLabel: '议题《关于2026年民生实事项目进展情况的议题》',
        date: null,
        title: '城乡供水一体化工程汇报.docx',
        snippet: expect.stringContaining('农村饮水安全巩固提升工程覆盖全县14个乡镇'),
      },
    ])
    expect((await search(vault, '高标准农田 亩均节本增效')).hits.map((hit) => hit.title)).toEqual(['高标准农田建设情况汇报.pdf'])
    expect((await search(vault, '企业开办时间')).hits.map((hit) => hit.title)).toEqual(['营商环境情况说明.txt'])
    // Two characters go through the short-term index.
    expect((await search(vault, '泵站')).hits.map((hit) => hit.title)).toEqual(['城乡供水一体化工程汇报.docx'])

    await vault.core.call('topics.removeMaterial', { materialId: byName['城乡供水一体化工程汇报.docx']?.id ?? '' })
    expect((await search(vault, '农村饮水安全巩固提升')).hits).toEqual([])
    expect((await search(vault, '泵站')).hits).toEqual([])
    expect((await search(vault, '企业开办时间')).hits).toHaveLength(1)
  }, 120_000)

  it('reads the materials of a vault after unlock, resuming where a lock stopped it, and keeps no text in clear on disk', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城乡供水一体化工程的议题'))
    vault.core.dialogs.openFiles.push([files.docx])
    await vault.core.call('topics.addMaterials', { topicId: topic.id })
    // Locked before the background pass could read it: the next unlock does.
    vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const session = vault.core.context.session
    if (!session) throw new Error('locked')
    await materialTextsSettled(session)
    expect((await search(vault, '第二水厂扩建')).hits.map((hit) => hit.title)).toEqual(['城乡供水一体化工程汇报.docx'])
    const dir = vaultPaths(vault.core.dataDir).dir
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      expect(readFileSync(join(entry.parentPath, entry.name)).includes(Buffer.from('第二水厂扩建'))).toBe(false)
    }
  }, 120_000)
})
