import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textExtractor } from '../../../electron/core/material-text/text-extractor'
import { writeReportDocx, writeReportPdf, writeScannedPdf } from '../../support/material-documents'
import { materialTextWorker } from '../../support/material-text-worker'
import { removeDir, tempDir } from '../../support/vault'

// The text worker as the app runs it: the bytes are moved to it, the text comes back; a file
// it cannot read is marked failed and the next one is read all the same.

const folder = tempDir('yishi-text-worker-')
const paragraphs = ['县财政局牵头编制2027年部门预算，一般公共预算支出安排38.6亿元，其中民生支出占比81.2%。']
let files: { docx: string; pdf: string; scan: string; broken: string }

beforeAll(async () => {
  files = {
    docx: await writeReportDocx(join(folder, '预算编制说明.docx'), '关于2027年部门预算编制情况的说明', paragraphs),
    pdf: await writeReportPdf(folder, '预算编制说明（印发稿）', '关于2027年部门预算编制情况的说明', paragraphs),
    scan: writeScannedPdf(join(folder, '批复扫描件.pdf')),
    broken: join(folder, '损坏的文件.pdf'),
  }
  writeFileSync(files.broken, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)]))
}, 180_000)
afterAll(() => removeDir(folder))

describe('the material text worker', () => {
  it('reads a .docx, a PDF text layer and a scan in turn, and survives a broken file', async () => {
    const extractor = textExtractor(materialTextWorker())
    try {
      const read = async (path: string) => extractor.extract(readFileSync(path), path)
      expect(await read(files.docx)).toEqual({ state: 'text', text: expect.stringContaining('民生支出占比81.2%') })
      expect(await read(files.broken)).toEqual({ state: 'failed' })
      expect(await read(files.pdf)).toEqual({ state: 'text', text: expect.stringContaining('一般公共预算支出安排38.6亿元') })
      expect(await read(files.scan)).toEqual({ state: 'no_text' })
      expect(await extractor.extract(Buffer.from('会议纪要'), '纪要.xlsx')).toEqual({ state: 'unsupported' })
    } finally {
      extractor.close()
    }
  }, 60_000)
})
