import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { channelNames, type Channel } from '../../../shared/ipc/contract'
import { blockTexts } from '../../support/block-texts'
import { decidedBook } from './personnel-documents-fixture'
import { bookVaults, type BookVault } from './personnel-fixture'

// The personnel documents from a real vault: what they say, the rules they enforce, the
// register they write, the audit, and refusal without the 干部任免 grant.

const open = bookVaults()

/** The default file name the last save dialog offered. */
function offeredName(vault: BookVault): string | undefined {
  const spy = vi.mocked(vault.core.dialogs.pickSaveFile)
  return (spy.mock.calls.at(-1)?.[0] as { defaultName?: string } | undefined)?.defaultName
}

async function lastAudit(vault: BookVault) {
  return (await vault.core.call('audit.list', { limit: 1 }))[0]
}

describe('专用记录本 page', () => {
  it('previews the entry with its meeting, quorum, recusal, views and votes, and exports it audited', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    vi.spyOn(vault.core.dialogs, 'pickSaveFile')
    const model = await vault.core.call('personnelDocuments.entryPage', { entryId: book.entryId })
    const text = blockTexts(model).join('\n')
    expect(model.marks).toEqual({ copyNumber: '000001', classification: '机密★10年' })
    expect(text).toContain('2026年第1册　第1号')
    expect(text).toContain('会议|2026年第15次常委会')
    expect(text).toContain('时间|2026年9月25日上午9:00')
    expect(text).toContain('地点|区委常委会议室')
    expect(text).toContain('主持人|林书记')
    expect(text).toContain('记录人|王秘书')
    expect(text).toContain('应到|11人')
    expect(text).toContain('实到|10人（三分之二以上须8人）')
    expect(text).toContain('赵部长|张建国|与人选系同学关系')
    expect(text).toContain('现任职务|示例区白云乡党委书记')
    expect(text).toContain('拟免职务|示例区教育局副局长')
    expect(text).toContain('表决情况|同意8票，不同意1票，弃权0票（举手表决，通过需同意6票）')
    expect(text).toContain('钱书记|同意|孙部长|不同意')
    expect(text).toContain('冯部长|未参加||')
    expect(model.blocks.at(-1)).toEqual({ kind: 'signatureLines', labels: ['主持人（签字）', '记录人（签字）'] })

    const target = join(vault.folder, '记录本页.docx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnelDocuments.exportEntryPage', { entryId: book.entryId })).toEqual({ path: target })
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK')
    expect(await lastAudit(vault)).toMatchObject({ action: 'personnelDocuments.exportEntryPage', entity: 'personnel_book', entityId: book.entryId, summary: `导出《干部任免专用记录本2026年第1册第1号》到 ${vault.folder}（文件名不记入日志）` })
    expect(offeredName(vault)).toBe('干部任免专用记录本2026年第1册第1号.docx')
  })
})

describe('干部任免通知', () => {
  it('prefills the number, titles and orders by the rules, exports and records the number in the register', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    vi.spyOn(vault.core.dialogs, 'pickSaveFile')
    const ids = [book.li.id, book.zhang.id]
    expect(await vault.core.call('personnelDocuments.appointmentDraft', { matterIds: ids })).toEqual({
      docNumber: '示区委〔2026〕', addressee: '各镇党委、街道党工委，区委各部委，区级国家机关各部门党组（党委），各人民团体党组', date: '2026-10-12', recorded: false,
    })
    const input = { matterIds: ids, docNumber: '示区委[2026]15号', addressee: '各镇党委、街道党工委', date: '2026-10-12' }
    const model = await vault.core.call('personnelDocuments.appointmentPreview', input)
    const text = blockTexts(model)
    // The 字号 two lines below the mark (7.2.4), the title two lines below the red rule, 主送 one line below the title (7.3.1–7.3.2).
    expect(text.slice(0, 11)).toEqual(['中共示例区委文件', '', '', '示区委〔2026〕15号', '', '', '', '关于张建国、李秀英同志职务任免的通知', '', '各镇党委、街道党工委：', '区委决定：'])
    expect(text.slice(11, 14)).toEqual(['张建国同志任示例区发展和改革委员会主任（试用期一年）；', '免去李秀英同志的示例区教育局副局长职务；', '免去张建国同志的示例区白云乡党委书记职务。'])
    expect(model.blocks).toContainEqual({ kind: 'signature', issuer: '中共示例区委', date: '2026年10月12日' })

    // The number must be complete to export; nothing is written or audited before.
    const before = await lastAudit(vault)
    const incomplete = await vault.core.raw('personnelDocuments.exportAppointment', { ...input, docNumber: '示区委〔2026〕' })
    expect(incomplete).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '发文字号应为“机关代字〔年份〕序号号”，例如 示区委〔2026〕15号，当前为“示区委〔2026〕”。' } })
    expect(await lastAudit(vault)).toEqual(before)

    const target = join(vault.folder, '任免通知.docx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnelDocuments.exportAppointment', { ...input, record: true })).toEqual({ path: target })
    expect(offeredName(vault)).toBe('关于张建国、李秀英同志职务任免的通知.docx')
    const [zhang] = await vault.core.call('personnel.listMatters', { cadreId: book.zhang.cadreId })
    expect(zhang).toMatchObject({ appointmentDocNo: '示区委〔2026〕15号', stages: { appointedOn: '2026-10-12', probationEnd: '2027-10-11' }, statusLabel: '试用期中' })
    const audits = await vault.core.call('audit.list', { limit: 2 })
    expect(audits.map((a) => a.action)).toEqual(['personnel.matter.recordAppointment', 'personnelDocuments.exportAppointment'])
    // The file name carries the cadres' names; the main store's log (read without the grant) does not.
    expect(audits[1]!.summary).toBe(`导出《干部任免通知》到 ${vault.folder}（文件名不记入日志）`)
    expect(audits[0]!.summary).toBe('登记任职通知 示区委〔2026〕15号（2 个任免事项）')
    // Once recorded, the draft offers the recorded number and date.
    expect(await vault.core.call('personnelDocuments.appointmentDraft', { matterIds: ids })).toMatchObject({ docNumber: '示区委〔2026〕15号', date: '2026-10-12', recorded: true })
    expect(readdirSync(vault.folder).filter((f) => f.startsWith('.'))).toEqual([])
  })

  it('refuses a notice before the 任前公示 has ended, and for an undecided matter', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    vi.spyOn(vault.core.dialogs, 'pickSaveFile')
    const early = await vault.core.raw('personnelDocuments.appointmentPreview', { matterIds: [book.zhang.id], docNumber: '示区委〔2026〕3号', addressee: '各镇党委', date: '2026-10-09' })
    expect(early).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '张建国：任职通知须在任前公示期满（2026年10月9日）之后下发。' } })
    const [chen] = await vault.core.call('personnel.listCadres', { query: '李秀英' })
    const open2 = await vault.core.call('personnel.saveMatter', { cadreId: chen!.id, actionType: 'remove', postToRemove: '示例区教育局副局长', stages: {} })
    const undecided = await vault.core.raw('personnelDocuments.appointmentDraft', { matterIds: [open2.id] })
    expect(undecided).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '李秀英的任免事项尚未经常委会讨论决定通过，不能写入任免通知。' } })
  })
})

describe('任前公示', () => {
  it('uses the recorded period, lists the required fields, refuses a short period and a matter without notice', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    vi.spyOn(vault.core.dialogs, 'pickSaveFile')
    expect(await vault.core.call('personnelDocuments.noticeDraft', { matterIds: [book.zhang.id] })).toEqual({ start: '2026-09-28', end: '2026-10-09', earliestEnd: '2026-10-09', recorded: true, uncoveredYears: [] })
    expect(await vault.core.call('personnelDocuments.noticeDraft', { matterIds: [book.zhang.id], start: '2026-10-12' })).toEqual({ start: '2026-10-12', end: '2026-10-16', earliestEnd: '2026-10-16', recorded: false, uncoveredYears: [] })
    // Across the year end into 2027, which the bundled data does not cover: by weekends, and said so.
    expect(await vault.core.call('personnelDocuments.noticeDraft', { matterIds: [book.zhang.id], start: '2026-12-28' })).toEqual({ start: '2026-12-28', end: '2027-01-01', earliestEnd: '2027-01-01', recorded: false, uncoveredYears: [2027] })
    const model = await vault.core.call('personnelDocuments.noticePreview', { matterIds: [book.zhang.id], start: '2026-09-28', end: '2026-10-09' })
    const text = blockTexts(model)
    expect(text).toContain('张建国，男，汉族，1982年3月出生，河北保定人，2005年6月入党，全日制大学学历、法学学士学位，在职研究生学历、公共管理硕士学位，2004年7月参加工作，现任示例区白云乡党委书记，拟任示例区发展和改革委员会主任。')
    expect(text).toContain('公示时间：2026年9月28日至2026年10月9日（5个工作日）。')
    expect(text).toContain('举报电话：12380')
    expect(text.join('')).toContain('提倡实名举报')
    expect(model.blocks.at(-1)).toEqual({ kind: 'signature', issuer: '中共示例区委组织部', date: '2026年9月28日' })

    const short = await vault.core.raw('personnelDocuments.noticePreview', { matterIds: [book.zhang.id], start: '2026-09-28', end: '2026-10-08' })
    expect(short).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '任前公示期不少于 5 个工作日：2026年9月28日至2026年10月8日只有 4 个工作日，最早可于2026年10月9日结束。' } })
    const retire = await vault.core.raw('personnelDocuments.noticePreview', { matterIds: [book.li.id], start: '2026-10-12', end: '2026-10-16' })
    expect(retire).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '李秀英的任免事项为“退休”，不进行任前公示。' } })

    const target = join(vault.folder, '公示.docx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnelDocuments.exportNotice', { matterIds: [book.zhang.id], start: '2026-09-28', end: '2026-10-09' })).toEqual({ path: target })
    expect(offeredName(vault)).toBe('任前公示（2026年9月28日）.docx')
    expect(await lastAudit(vault)).toMatchObject({ action: 'personnelDocuments.exportNotice', summary: `导出《干部任前公示》到 ${vault.folder}（文件名不记入日志）` })
  })

  it('records a new period in the register only when it keeps the rules', async () => {
    const vault = await open()
    const book = await decidedBook(vault)
    vi.spyOn(vault.core.dialogs, 'pickSaveFile')
    // 李秀英 retires: no notice, the whole selection is refused before any file is written.
    const target = join(vault.folder, '公示2.docx')
    vault.core.dialogs.saveFiles.push(target)
    const refused = await vault.core.raw('personnelDocuments.exportNotice', { matterIds: [book.zhang.id, book.li.id], start: '2026-10-12', end: '2026-10-16', record: true })
    expect(refused.ok).toBe(false)
    expect(existsSync(target)).toBe(false)
    expect(await vault.core.call('personnelDocuments.exportNotice', { matterIds: [book.zhang.id], start: '2026-10-12', end: '2026-10-19', record: true })).toEqual({ path: target })
    const [zhang] = await vault.core.call('personnel.listMatters', { cadreId: book.zhang.cadreId })
    expect(zhang!.stages).toMatchObject({ noticeStart: '2026-10-12', noticeEnd: '2026-10-19' })
    expect(await lastAudit(vault)).toMatchObject({ action: 'personnel.matter.recordNotice', summary: '登记任前公示 2026-10-12 至 2026-10-19（1 个任免事项）' })
  })
})

describe('access', () => {
  it('refuses every personnel document channel without the 干部任免 grant', async () => {
    const vault = await open()
    const someId = '0b6f3c1e-5a1d-4c57-9a51-1c0de00000ff'
    await vault.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'jilu', password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Jilu#Yuan2026x', newPassword: 'Jilu#Yuan2027y' })
    const appointment = { matterIds: [someId], docNumber: '示区委〔2026〕1号', addressee: '各镇党委', date: '2026-10-12' }
    const notice = { matterIds: [someId], start: '2026-10-12', end: '2026-10-16' }
    const inputs: Partial<Record<Channel, unknown>> = {
      'personnelDocuments.entryPage': { entryId: someId }, 'personnelDocuments.exportEntryPage': { entryId: someId },
      'personnelDocuments.appointmentDraft': { matterIds: [someId] }, 'personnelDocuments.appointmentPreview': appointment, 'personnelDocuments.exportAppointment': appointment,
      'personnelDocuments.noticeDraft': { matterIds: [someId] }, 'personnelDocuments.noticePreview': notice, 'personnelDocuments.exportNotice': notice,
      'personnelDocuments.ballotPapers': { meetingId: someId, agendaItemId: someId }, 'personnelDocuments.exportBallotPapers': { meetingId: someId, agendaItemId: someId },
      'personnelDocuments.tallyReport': { entryId: someId }, 'personnelDocuments.exportTallyReport': { entryId: someId },
    }
    expect(channelNames.filter((name) => name.startsWith('personnelDocuments.')).sort()).toEqual(Object.keys(inputs).sort())
    const auditCount = () => vault.core.context.session!.vault.mainSqlite.prepare('select count(*) as n from audit_log').get()
    const before = auditCount()
    for (const [name, input] of Object.entries(inputs)) {
      const result = await vault.core.raw(name as Channel, input as never)
      expect(result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(auditCount()).toEqual(before)
  })
})
