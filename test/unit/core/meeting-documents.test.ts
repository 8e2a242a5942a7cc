import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderDocx } from '../../../electron/core/documents/docx/render-docx'
import { docxPart, docxRuns, docxToPdf, documentArtifacts, gbLayoutProblems, pdfFlowText, pdfWords, renderPages, scratchDir } from '../../support/pdf-layout'
import { removeDir } from '../../support/vault'
import { recordedMeeting } from './documents-fixture'
import { liveVault, refused, snapshot, type LiveVault } from './live-fixture'
import type { MeetingDetail } from '../../../shared/meetings/views'

// 会议通知 and 会议记录 from a real vault, exported as the user would, printed to PDF by
// LibreOffice and checked on the page: GB/T 9704 layout, text, fonts, sizes, same bytes.

let lv: LiveVault
let meeting: MeetingDetail
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  meeting = await recordedMeeting(lv)
  folder = scratchDir('documents')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

async function exported(channel: 'documents.exportMeetingNotice' | 'documents.exportMeetingRecord', fileName: string) {
  const path = join(folder, fileName)
  lv.core.dialogs.saveFiles.push(path)
  const saved = await lv.core.call(channel, { meetingId: meeting.id })
  expect(saved).toEqual({ path })
  const pdf = docxToPdf(path, join(folder, 'pdf'))
  return { path, bytes: readFileSync(path), pdf, pages: pdfWords(pdf) }
}

describe('会议通知', () => {
  it('exports a GB/T 9704 notice with the time, place, attendees and topics', async () => {
    const { bytes, pdf, pages } = await exported('documents.exportMeetingNotice', '会议通知.docx')
    expect(gbLayoutProblems(pages)).toEqual([])
    const text = pdfFlowText(pages)
    expect(text).toContain('关于召开2026年第1次区委常委会会议的通知')
    expect(text).toContain('定于2026年3月10日（星期二）上午9:00在区委常委会议室召开')
    expect(text).toContain('林书记、陈区长、王副书记')
    expect(text).toContain('（一）关于全域旅游发展三年行动计划的汇报')
    const runs = await docxRuns(bytes)
    expect(runs.find((run) => run.text.startsWith('关于召开'))).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(runs.find((run) => run.text === '一、会议时间')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((run) => run.text === '（一）关于全域旅游发展三年行动计划的汇报')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 })
    renderPages(pdf, join(documentArtifacts, 'meeting-notice'), { lastPage: 2 })
  })
})

describe('会议记录', () => {
  it('exports the full record over several pages in the GB/T 9704 layout', async () => {
    const { bytes, pdf, pages } = await exported('documents.exportMeetingRecord', '会议记录.docx')
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(gbLayoutProblems(pages)).toEqual([])
    const text = pdfFlowText(pages)
    for (const expected of ['机密★10年', '2026年第1次区委常委会会议记录', '时间：2026年3月10日（星期二）上午9:00至10:00', '出席：林书记、陈区长', '请假：冯部长（病假）', '书面意见：冯部长：同意全域旅游三年行动计划。（书面意见，不计入表决）', '列席：刘明（区委办公室副主任）', '表决：举手表决，同意10票，不同意0票，弃权0票。', '决定：会议同意全域旅游发展三年行动计划，请区文旅局按会议意见修改完善后印发实施。', '完成时限：2026年12月31日', '散会：上午10:00']) {
      expect(text).toContain(expected)
    }
    const runs = await docxRuns(bytes)
    expect(runs.find((run) => run.text === '机密★10年')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((run) => run.text === '出席：')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((run) => run.text.startsWith('林书记、陈区长'))).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 })
    const footers = (await Promise.all([1, 2].map((n) => docxPart(bytes, `word/footer${n}.xml`)))).join('')
    expect(footers).toContain('w:eastAsia="宋体"')
    expect(footers).toContain('<w:sz w:val="28"/>')
    expect(await docxPart(bytes, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    const fontTable = await docxPart(bytes, 'word/fontTable.xml')
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>')
    expect(await docxPart(bytes, 'docProps/core.xml')).toContain('<dc:creator>议事录</dc:creator>')
    renderPages(pdf, join(documentArtifacts, 'meeting-record'), { lastPage: 3 })
  })

  it('gives the same bytes for the same record, and writes only the chosen file, audited', async () => {
    const model = await lv.core.call('documents.meetingRecord', { meetingId: meeting.id })
    expect(Buffer.compare(await renderDocx(model), await renderDocx(structuredClone(model)))).toBe(0)
    const path = join(folder, '记录.docx')
    lv.core.dialogs.saveFiles.push(path)
    await lv.core.call('documents.exportMeetingRecord', { meetingId: meeting.id })
    expect(readdirSync(folder)).toEqual(['记录.docx'])
    expect(Buffer.compare(readFileSync(path), await renderDocx(model))).toBe(0)
    const [entry] = await lv.core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({ action: 'documents.exportMeetingRecord', userName: expect.any(String), summary: `导出《2026年第1次区委常委会会议记录》到 ${path}` })
    expect(entry!.userName).not.toBe('')
  })

  it('writes nothing and audits nothing when the dialog is cancelled', async () => {
    const before = await lv.core.call('audit.list', { limit: 1 })
    expect(await lv.core.call('documents.exportMeetingNotice', { meetingId: meeting.id })).toBeNull()
    expect(readdirSync(folder)).toEqual([])
    expect(await lv.core.call('audit.list', { limit: 1 })).toEqual(before)
  })

  it('refuses the record of a meeting that has not started', async () => {
    const created = await lv.core.call('meetings.create', { bodyId: meeting.body.id, date: '2026-03-24', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
    const before = await snapshot(lv.core, created.id)
    lv.core.dialogs.saveFiles.push(join(folder, '不应写入.docx'))
    const error = await refused(lv.core, 'documents.exportMeetingRecord', { meetingId: created.id }, 'STATUS_INVALID')
    expect(error.message).toBe('2026年第2次常委会会议尚未开始（当前为“筹备”），会议开始后才有会议记录。')
    expect(await refused(lv.core, 'documents.meetingRecord', { meetingId: created.id }, 'STATUS_INVALID')).toEqual(error)
    expect(readdirSync(folder)).toEqual([])
    expect(await snapshot(lv.core, created.id)).toEqual(before)
    // The notice of that meeting is there already.
    expect((await lv.core.call('documents.meetingNotice', { meetingId: created.id })).documentTitle).toBe('关于召开2026年第2次区委常委会会议的通知')
  })
})

