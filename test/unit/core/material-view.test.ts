import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { safeDocxHtml } from '../../../electron/core/topics/material-view'
import { writeGbText, writeReportDocx, writeScannedPdf } from '../../support/material-documents'
import { meetingsVaults, topicInput } from '../../support/meetings-fixture'
import { tempDir } from '../../support/vault'

// 查看 a material in the app: a .docx as HTML, a PDF's bytes for pdf.js, an image, text; from
// memory only (no new file anywhere), and a clear refusal for what cannot be shown.

const vaults = meetingsVaults()
const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
let files: { docx: string; pdf: string; txt: string; png: string; xlsx: string; broken: string }

beforeAll(async () => {
  const folder = tempDir('yishi-material-view-')
  files = {
    docx: await writeReportDocx(join(folder, '城乡供水一体化工程汇报.docx'), '关于城乡供水一体化工程建设情况的汇报', ['新建加压泵站3座，改造供水管网126公里。']),
    pdf: writeScannedPdf(join(folder, '项目批复（扫描件）.pdf')),
    txt: writeGbText(join(folder, '情况说明.txt'), '企业开办时间压缩至1个工作日以内。\r\n'),
    png: join(folder, '现场照片.png'),
    xlsx: join(folder, '项目清单.xlsx'),
    broken: join(folder, '损坏的汇报.docx'),
  }
  writeFileSync(files.png, tinyPng)
  writeFileSync(files.xlsx, 'PK not really a workbook')
  writeFileSync(files.broken, 'not a zip at all')
}, 180_000)

/** Every file under a folder (recursively), to see that viewing writes none. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

describe('topics.viewMaterial', () => {
  it('shows a .docx as HTML, a PDF as its bytes, an image and GB18030 text, writing no file anywhere', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城乡供水一体化工程的议题'))
    vault.core.dialogs.openFiles.push([files.docx, files.pdf, files.txt, files.png, files.xlsx, files.broken])
    const materials = await vault.core.call('topics.addMaterials', { topicId: topic.id })
    const byName = (name: string) => materials.find((material) => material.fileName === name)!.id
    const before = filesUnder(vault.core.dataDir)
    const docx = await vault.core.call('topics.viewMaterial', { materialId: byName('城乡供水一体化工程汇报.docx') })
    expect(docx).toMatchObject({ kind: 'html', fileName: '城乡供水一体化工程汇报.docx' })
    expect(docx.kind === 'html' && docx.html).toContain('新建加压泵站3座，改造供水管网126公里。')
    const pdf = await vault.core.call('topics.viewMaterial', { materialId: byName('项目批复（扫描件）.pdf') })
    expect(pdf.kind === 'pdf' && Buffer.from(pdf.base64, 'base64').equals(readFileSync(files.pdf))).toBe(true)
    const png = await vault.core.call('topics.viewMaterial', { materialId: byName('现场照片.png') })
    expect(png).toMatchObject({ kind: 'image', dataUrl: `data:image/png;base64,${tinyPng.toString('base64')}` })
    expect(await vault.core.call('topics.viewMaterial', { materialId: byName('情况说明.txt') })).toMatchObject({ kind: 'text', text: '企业开办时间压缩至1个工作日以内。\r\n' })
    expect(await vault.core.call('topics.viewMaterial', { materialId: byName('项目清单.xlsx') })).toMatchObject({ kind: 'unsupported', fileName: '项目清单.xlsx' })
    const broken = await vault.core.raw('topics.viewMaterial', { materialId: byName('损坏的汇报.docx') })
    expect(broken.ok ? null : broken.error.message).toBe('材料“损坏的汇报.docx”无法读取（文件已损坏或不是 .docx 文档），请使用“导出…”后用其他软件打开。')
    // Nothing decrypted was written: no file appeared in the vault's folder (the conversion runs on buffers).
    expect(filesUnder(vault.core.dataDir)).toEqual(before)
    const missing = await vault.core.raw('topics.viewMaterial', { materialId: '00000000-0000-4000-8000-000000000000' })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
  })

  it('keeps only link texts and embedded images of a .docx’s HTML', () => {
    expect(safeDocxHtml('<p><a href="javascript:alert(1)" id="x">点此</a></p>')).toBe('<p><a>点此</a></p>')
    expect(safeDocxHtml('<img src="file:///etc/passwd" />')).toBe('')
    expect(safeDocxHtml('<img src="data:image/png;base64,AAAA" onerror="x()" />')).toBe('<img src="data:image/png;base64,AAAA" />')
    expect(safeDocxHtml('<p onclick="x()">正文</p>')).toBe('<p>正文</p>')
  })
})
