import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../shared/documents/model'
import { meetingsVaults } from '../../support/meetings-fixture'
import { decidedMeeting, refusedFollowUp, setDay } from './follow-up-fixture'

// What leaves the store from 督办: an attachment, the list as .xlsx (read back with exceljs) and
// the 督办通报 (model and .docx); each only where the user chose, and audited with the path.

const vaults = meetingsVaults()

/** Each block's text (a table as its lines joined), to check what the 通报 says. */
function blockTexts(model: DocumentModel): string[] {
  return model.blocks.map((block) => {
    if (block.kind === 'paragraph') return block.runs.map((run) => run.text).join('')
    if (block.kind === 'table') return [block.columns, ...block.rows].map((cells) => cells.join('|')).join('\n')
    if (block.kind === 'signature') return `${block.issuer} ${block.date}`
    return 'text' in block ? block.text : ''
  })
}

async function yearOfTasks() {
  const vault = await vaults.open()
  const { taskIds } = await decidedMeeting(vault, '2026-03-10', [
    { title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局', deadline: '2026-10-01' },
    { title: '关于河道整治的方案', leader: '吴明', units: '区水利局', deadline: '2026-12-31' },
    { title: '关于产业园区资金安排的方案', category: 'large_fund', units: '区财政局', deadline: '2026-05-29' },
  ])
  setDay(vault, '2026-05-29')
  await vault.core.call('followUp.complete', { id: taskIds[2]!, date: '2026-05-29', text: '资金已拨付到位。' })
  await vault.core.call('followUp.review', { id: taskIds[2]!, date: '2026-05-29', result: 'confirmed', reason: '' })
  setDay(vault, '2026-10-09')
  return { vault, taskIds }
}

describe('exports', () => {
  it('an attachment is written where the user chose, byte for byte, and audited; cancelled writes nothing', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    const folder = vaults.folder()
    const source = join(folder, '现场照片.jpg')
    writeFileSync(source, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]))
    vault.core.dialogs.openFiles.push([source])
    const detail = await vault.core.call('followUp.report', { id: taskIds[0]!, date: '2026-03-10', text: '已开工。', withFiles: true })
    const attachmentId = detail.reports[0]!.attachments[0]!.id
    expect(await vault.core.call('followUp.exportAttachment', { attachmentId })).toBeNull()
    const target = join(folder, '导出', '照片.jpg')
    expect(await refusedFollowUp(vault.core, 'followUp.exportAttachment', { attachmentId: '3f2b8c1e-0000-4000-8000-000000000000' }, 'NOT_FOUND')).toContain('找不到该附件')
    vault.core.dialogs.saveFiles.push(target)
    expect(await refusedFollowUp(vault.core, 'followUp.exportAttachment', { attachmentId }, 'EXPORT_FAILED')).toContain(`无法写入所选位置 ${target}（ENOENT）`)
    const saved = join(folder, '照片.jpg')
    vault.core.dialogs.saveFiles.push(saved)
    expect(await vault.core.call('followUp.exportAttachment', { attachmentId })).toEqual({ path: saved })
    expect(readFileSync(saved).equals(readFileSync(source))).toBe(true)
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([])
    const [entry] = await vault.core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({ action: 'followUp.exportAttachment', summary: `导出督办事项“关于老旧小区改造的方案”的附件“现场照片.jpg”到 ${saved}` })
  })

  it('the filtered list as .xlsx, read back', async () => {
    const { vault } = await yearOfTasks()
    const path = join(vaults.folder(), '清单.xlsx')
    vault.core.dialogs.saveFiles.push(path)
    expect(await vault.core.call('followUp.exportList', { status: 'overdue' })).toEqual({ path })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const sheet = workbook.getWorksheet('督办事项清单')!
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(values(1)).toEqual(['会议', '会议日期', '议题', '类别', '决定事项', '牵头领导', '责任单位', '办结时限', '状态', '最近报告', '报告次数'])
    expect(sheet.rowCount).toBe(2)
    expect(values(2)).toEqual(['2026年第1次常委会会议', '2026年3月10日', '关于老旧小区改造的方案', '一般事项', '会议同意《关于老旧小区改造的方案》，请抓紧组织实施。', '李建国', '区住建局', '2026年10月1日', '逾期', '', '0'])
    const [entry] = await vault.core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({ action: 'followUp.exportList', summary: `导出督办事项清单 1 项到 ${path}` })
  })

  it('the 督办通报: title, counts, the overdue table, the requirements, the office and date; as .docx', async () => {
    const { vault } = await yearOfTasks()
    const model = await vault.core.call('followUp.reportDocument', {})
    const texts = blockTexts(model)
    expect(model.documentTitle).toBe('关于2026年区委常委会决策事项督办情况的通报')
    expect(texts[0]).toBe('关于2026年区委常委会决策事项督办情况的通报')
    expect(texts).toContain('为推动区委常委会决策部署落地落实，中共示例区委办公室对2026年以来区委常委会会议议定事项的落实情况进行了跟踪督办。截至2026年10月9日，共有督办事项3项，其中已办结1项，推进中0项，未启动1项，逾期1项。现将有关情况通报如下。')
    expect(texts).toEqual(expect.arrayContaining(['一、总体情况', '二、逾期事项', '三、下一步要求']))
    // Due 1 October (National Day) counts from 8 October: one day overdue on the 9th.
    expect(texts).toContain('序号|决策事项|牵头领导|责任单位|办结时限|逾期天数\n1|关于老旧小区改造的方案\n（2026年第1次常委会会议）|李建国|区住建局|10月1日|1天')
    expect(texts.at(-1)).toBe('中共示例区委办公室 2026年10月9日')

    const path = join(vaults.folder(), '通报.docx')
    vault.core.dialogs.saveFiles.push(path)
    expect(await vault.core.call('followUp.exportReport', {})).toEqual({ path })
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string')
    expect(xml).toContain('决策事项督办情况的通报')
    expect(xml).toContain('关于老旧小区改造的方案')
    const [entry] = await vault.core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({ action: 'followUp.exportReport', summary: `导出《关于2026年区委常委会决策事项督办情况的通报》到 ${path}` })
  })

  it('a 通报 of one meeting is titled by it and says so when nothing is overdue', async () => {
    const { vault, taskIds } = await yearOfTasks()
    const { meetingId } = await vault.core.call('followUp.get', { id: taskIds[0]! })
    const texts = blockTexts(await vault.core.call('followUp.reportDocument', { meetingId, status: 'closed' }))
    expect(texts[0]).toBe('关于2026年第1次常委会会议决策事项督办情况的通报')
    expect(texts).toContain('截至目前，没有逾期未办结的事项。')
  })
})
