import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import type { YishiCore } from '../../electron/core'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { benchCall } from './bench-core'
import { sample, summarize } from './measure'
import type { Row } from './report'

// Search inside materials: a 600-paragraph report (about 50,000 characters, 60 pages) added to
// a topic, its text read (on the calling thread here: the bench has no built worker) and
// indexed, then a phrase from inside it searched among the vault's records.

const paragraph = '今年以来，县水利局按照县委、县政府部署，统筹推进城乡供水一体化工程，新建加压泵站3座，改造供水管网126公里，农村饮水安全巩固提升工程覆盖全县14个乡镇。'

async function writeReport(path: string, paragraphs: readonly string[]): Promise<string> {
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] })))
  return path
}

export async function measureMaterialSearch(core: YishiCore, work: string, picked: string[], runs: number): Promise<Row[]> {
  const [body] = await benchCall(core, 'bodies.list')
  if (!body) return []
  const topic = await benchCall(core, 'topics.save', {
    bodyId: body.id,
    title: '关于城乡供水一体化工程建设情况的汇报（基准）',
    category: 'general',
    proposingUnit: '县水利局',
    presenter: '县水利局局长',
    leaderInChargeId: null,
    leaderSignedOffOn: null,
    summary: null,
    consultationItemId: null,
    guests: [],
  })
  const report = await writeReport(join(work, '城乡供水一体化工程汇报（基准）.docx'), Array.from({ length: 600 }, (_, index) => `${index + 1}. ${paragraph}`))
  picked.splice(0, picked.length, report)
  const started = performance.now()
  await benchCall(core, 'topics.addMaterials', { topicId: topic.id })
  await materialTextsSettled(core.context.session!)
  const indexed = performance.now() - started
  picked.splice(0)
  const search = summarize(await sample(() => benchCall(core, 'search.query', { query: '饮水安全巩固提升', offset: 0, limit: 200 }), { warmup: 2, runs }))
  return [
    { key: 'material-index', label: '添加并索引一份材料（.docx，约 5 万字）', targetMs: Number.NaN, encrypted: { runs: 1, p50: indexed, p95: indexed, max: indexed }, plain: null },
    { key: 'material-search', label: '搜索材料正文中的短语（≥3 字）', targetMs: 50, encrypted: search, plain: null },
  ]
}
