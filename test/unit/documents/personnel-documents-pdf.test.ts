import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../../../shared/ipc/contract'
import { decidedBook } from '../core/personnel-documents-fixture'
import { bookVaults, type BookVault } from '../core/personnel-fixture'
import {
  docxRuns, docxToPdf, documentArtifacts, isA4, pageNumberLine, pageNumberPlacement, pdfText, pdfWords, renderPages, scratchDir, textBlockBounds, toMm, type PdfPage,
} from '../../support/pdf-layout'

// The three personnel documents printed by LibreOffice: A4, inside the GB/T 9704 text
// block (28 mm from the left, 37 mm from the top, 156 × 225 mm), "— N —" page numbers on
// alternating sides, the expected words, the fonts and sizes the XML names; the pages are
// kept as PNGs in test/artifacts/documents to look at.

const open = bookVaults()
const block = { left: 28, top: 37, width: 156, height: 225 }
/** One 3号 character (16 pt). */
const hangingMark = toMm(16)

async function printed(vault: BookVault, channel: Channel, input: unknown, name: string) {
  const target = join(vault.folder, `${name}.docx`)
  vault.core.dialogs.saveFiles.push(target)
  await vault.core.call(channel, input as never)
  const scratch = scratchDir(name)
  try {
    const pdf = docxToPdf(target, scratch)
    // Pages of an earlier, longer run would otherwise stay beside the new ones.
    for (const old of existsSync(documentArtifacts) ? readdirSync(documentArtifacts) : []) if (old.startsWith(`${name}-`)) rmSync(join(documentArtifacts, old))
    renderPages(pdf, join(documentArtifacts, name))
    return { docx: readFileSync(target), pages: pdfWords(pdf) }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function expectNationalLayout(pages: PdfPage[]): void {
  expect(pages.length).toBeGreaterThan(0)
  for (const page of pages) {
    expect(isA4(page)).toBe(true)
    const bounds = textBlockBounds(page)
    expect(toMm(bounds.xMin)).toBeGreaterThanOrEqual(block.left - 1)
    expect(toMm(bounds.yMin)).toBeGreaterThanOrEqual(block.top - 1)
    // LibreOffice hangs a closing mark (；。）) into the right margin rather than pushing a character down.
    expect(toMm(bounds.xMax)).toBeLessThanOrEqual(block.left + block.width + hangingMark + 1)
    expect(toMm(bounds.yMax)).toBeLessThanOrEqual(block.top + block.height + 1)
    const number = pageNumberPlacement(page)
    expect(number?.side).toBe(page.number % 2 === 1 ? 'right' : 'left')
    expect(Math.abs((number?.belowTextBlockMm ?? 0) - 7)).toBeLessThanOrEqual(1.5)
  }
  // The first page's text starts at the binding margin.
  expect(Math.abs(toMm(textBlockBounds(pages[0]!).xMin) - block.left)).toBeLessThanOrEqual(1)
}

describe('personnel documents as printed', () => {
  it('prints the book page in the template with signature lines and the classification', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const { docx, pages } = await printed(vault, 'personnelDocuments.exportEntryPage', { entryId: book.entryId }, 'personnel-entry-page')
    expectNationalLayout(pages)
    const text = pdfText(pages)
    for (const words of ['机密★10年', '干部任免专用记录本', '2026年第1册第1号', '2026年9月25日上午9:00', '10人（三分之二以上须8人）', '与人选系同学关系', '示例区教育局副局长', '主持人（签字）', '记录人（签字）']) {
      expect(text).toContain(words)
    }
    expect(pages.map((p) => pageNumberLine(p)?.text.replace(/\s/gu, ''))).toEqual(pages.map((p) => `—${p.number}—`))
    const runs = await docxRuns(docx)
    expect(runs.find((r) => r.text === '干部任免专用记录本')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(runs.find((r) => r.text === '机密★10年')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((r) => r.text === '一、张建国')).toMatchObject({ eastAsia: '黑体', size: 32 })
  })

  it('prints the 任免通知 with the red mark, the number, 区委决定 and the Chinese date', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const input = { matterIds: [book.zhang.id, book.li.id], docNumber: '示区委〔2026〕15号', addressee: '各镇党委、街道党工委', date: '2026-10-12' }
    const { docx, pages } = await printed(vault, 'personnelDocuments.exportAppointment', input, 'personnel-appointment')
    expectNationalLayout(pages)
    const text = pdfText(pages)
    for (const words of ['中共示例区委文件', '示区委〔2026〕15号', '关于张建国、李秀英同志职务任免的通知', '各镇党委、街道党工委：', '区委决定：', '免去李秀英同志的示例区教育局副局长职务。', '2026年10月12日印发']) {
      expect(text).toContain(words)
    }
    expect(text.indexOf('张建国同志任示例区发展和改革委员会主任')).toBeLessThan(text.indexOf('免去张建国同志'))
    expect(text).not.toContain('付')
    const runs = await docxRuns(docx)
    expect(runs.find((r) => r.text === '中共示例区委文件')).toMatchObject({ eastAsia: '方正小标宋简体', color: expect.stringMatching(/^FF0000$/iu) as string })
    expect(runs.find((r) => r.text === '关于张建国、李秀英同志职务任免的通知')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(runs.find((r) => r.text === '区委决定：')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 })
  })

  it('prints the 任前公示 with every field, the period and where to report', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const { docx, pages } = await printed(vault, 'personnelDocuments.exportNotice', { matterIds: [book.zhang.id], start: '2026-09-28', end: '2026-10-09' }, 'personnel-public-notice')
    expectNationalLayout(pages)
    const text = pdfText(pages).replace(/\n/gu, '')
    for (const words of [
      '干部任前公示', '张建国，男，汉族，1982年3月出生，河北保定人，2005年6月入党', '2004年7月参加工作', '现任示例区白云乡党委书记', '拟任示例区发展和改革委员会主任',
      '公示时间：2026年9月28日至2026年10月9日（5个工作日）', '提倡实名举报', '受理单位：中共示例区委组织部', '举报电话：12380', '通信地址：示例区人民路1号区委组织部干部监督科', '2026年9月28日',
    ]) {
      expect(text).toContain(words)
    }
    const runs = await docxRuns(docx)
    expect(runs.find((r) => r.text === '张建国')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(runs.find((r) => r.text === '举报电话：')).toMatchObject({ eastAsia: '黑体' })
  })
  it('prints one 表决票 a page for each member taking part, each with its 份号 and 密级, and the 计票结果报告单 on one page', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    const { held } = book
    const ballots = await printed(vault, 'personnelDocuments.exportBallotPapers', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, numbered: true }, 'ballot-papers')
    // 应到 11, one on leave: ten ballots, one a page.
    expect(ballots.pages).toHaveLength(10)
    expectNationalLayout(ballots.pages)
    for (const page of ballots.pages) {
      const text = pdfText([page])
      for (const words of [String(page.number).padStart(6, '0'), '机密★10年', '表决票', '张建国', '李秀英', '副局长', '填票说明']) expect(text).toContain(words)
      expect(text).not.toContain('付')
    }
    const ballotRuns = await docxRuns(ballots.docx)
    expect(ballotRuns.find((r) => r.text === '表决票')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
    expect(ballotRuns.find((r) => r.text === '机密★10年')).toMatchObject({ eastAsia: '黑体', size: 32 })
    expect(ballotRuns.find((r) => r.text.startsWith('1．对每名人选'))).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 })

    const counts = (votesFor: number, against: number, abstain: number) => ({ for: votesFor, against, abstain })
    await vault.core.call('personnel.recordBallotTally', {
      meetingId: held.meetingId, agendaItemId: held.agendaItemId, returned: 10, valid: 9, invalid: 1, scrutineerIds: [vault.members[1]!], tellerIds: [vault.members[2]!],
      candidates: [{ matterId: book.zhang.id, counts: counts(8, 1, 0) }, { matterId: book.li.id, counts: counts(9, 0, 0) }],
    })
    const report = await printed(vault, 'personnelDocuments.exportTallyReport', { entryId: book.entryId }, 'tally-report')
    expect(report.pages).toHaveLength(1)
    expectNationalLayout(report.pages)
    const text = pdfText(report.pages)
    for (const words of ['000001', '机密★10年', '计票结果报告单', '发出表决票10张', '有效票9张，无效票1张', '张建国', '8票', '通过', '监票人：陈区长；计票人：王副书记。', '监票人（签字）', '计票人（签字）', '主持人（签字）']) {
      expect(text).toContain(words)
    }
    const reportRuns = await docxRuns(report.docx)
    expect(reportRuns.find((r) => r.text === '计票结果报告单')).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 })
  })
})
