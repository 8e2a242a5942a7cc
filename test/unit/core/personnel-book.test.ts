import ExcelJS from 'exceljs'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sealBookEntriesForMeeting } from '../../../electron/core/personnel/seal-entries'
import { sealSignerOf } from '../../../electron/core/seals/signed-seal'
import { readLrmx, writeLrmx } from '../../../electron/core/personnel/lrmx'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { channelNames, type Channel, type ChannelInput } from '../../../shared/ipc/contract'
import type { LrmxPerson } from '../../../shared/personnel/lrmx-types'
import { adminPassword } from '../../support/vault'
import { bookVaults, fixtureDir, holdMeeting, importFixtures, leaveRoomForItem, secretaryBodyId, signMeeting, views, type BookVault } from './personnel-fixture'

const open = bookVaults()
const someId = '0b6f3c1e-5a1d-4c57-9a51-1c0de00000ff'

/** A valid 18-character ID number (GB 11643 check character) from its first 17 digits. */
function validId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0)
  return first17 + '10X98765432'[sum % 11]
}

function fixturePerson(fileName: string): LrmxPerson {
  const result = readLrmx(readFileSync(join(fixtureDir, fileName)), fileName)
  if (!result.ok) throw new Error(result.reason)
  return result.person
}

async function lastAudit(vault: BookVault) {
  return (await vault.core.call('audit.list', { limit: 1 }))[0]
}

/** A promotion candidate imported from the zhang fixture, consulted at a 书记专题会议. */
async function consultedCandidate(vault: BookVault, topicId: string) {
  await importFixtures(vault, ['zhang-promotion.lrmx'])
  const [cadre] = await vault.core.call('personnel.listCadres', { query: '建国' })
  const stages = { proposedOn: '2026-08-01', recommendedOn: '2026-08-10', inspectedOn: '2026-08-20', consultedOn: '2026-09-10' }
  const matter = await vault.core.call('personnel.saveMatter', { cadreId: cadre!.id, topicId, actionType: 'appoint', proposedPost: '示例区发展和改革委员会主任', probation: true, integrityOpinion: '无影响使用的问题', stages })
  return { cadre: cadre!, matter }
}

describe('access: only holders of the 干部任免 grant', () => {
  it('a user without the grant gets FORBIDDEN on every personnel channel, and the store is not even open', async () => {
    const vault = await open()
    await vault.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'jilu', password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Jilu#Yuan2026x', newPassword: 'Jilu#Yuan2027y' })
    expect(vault.core.context.session!.vault.personnel).toBeNull()
    const inputs: Partial<Record<Channel, unknown>> = {
      'personnel.listCadres': {}, 'personnel.getCadre': { id: someId }, 'personnel.saveCadre': { name: '张三' }, 'personnel.listMatters': {},
      'personnel.saveMatter': { cadreId: someId, actionType: 'appoint', stages: {} }, 'personnel.listEntries': {}, 'personnel.getEntry': { id: someId },
      'personnel.entryForItem': { agendaItemId: someId }, 'personnel.decideCandidate': { meetingId: someId, agendaItemId: someId, matterId: someId, voteMethod: 'hands' },
      'personnel.withdrawDecision': { entryId: someId, matterId: someId },
      'personnel.recordBallotTally': { meetingId: someId, agendaItemId: someId, returned: 1, valid: 1, invalid: 0, scrutineerIds: [], tellerIds: [], candidates: [{ matterId: someId, counts: { for: 1, against: 0, abstain: 0 } }] }, 'personnel.correctEntry': { entryId: someId, reason: '笔误', chairName: '林书记', recorderName: '王秘书', decisions: [{ matterId: someId, voteMethod: 'hands' }] },
      'personnel.searchRegister': {}, 'personnel.timeline': { cadreId: someId }, 'personnel.reminders': undefined, 'personnel.counts': undefined,
      'personnel.exportRegister': {}, 'personnel.previewLrmx': undefined, 'personnel.previewLrmxBytes': { files: [{ name: 'a.lrmx', base64: 'PFBlcnNvbi8+' }] }, 'personnel.importLrmx': { token: someId, choices: [] }, 'personnel.exportLrmx': { matterId: someId },
    }
    const guarded = channelNames.filter((name) => name.startsWith('personnel.') && name !== 'personnel.status')
    expect(guarded.sort()).toEqual(Object.keys(inputs).sort())
    for (const name of guarded) {
      const result = await vault.core.raw(name, inputs[name] as ChannelInput<typeof name>)
      expect(result, name).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限。' } })
    }
    expect(vault.core.dialogs.requests).toEqual([])
    expect(await vault.core.call('personnel.status')).toEqual({ open: false })
  })
})

describe('.lrmx import, de-duplication and export', () => {
  it('imports the first fixtures: the hostile and the truncated one refused with their reasons, the rest saved with photos', async () => {
    const vault = await open()
    // The forms as the national editor writes them (other tools' forms: lrmx-import-interop.test.ts).
    const names = ['chen-gb2312.lrmx', 'hostile-xxe.lrmx', 'li-retire-dotted-dates.lrmx', 'truncated.lrmx', 'zhang-promotion.lrmx']
    const { preview, result } = await importFixtures(vault, names)
    const refused = preview.files.filter((f) => !f.ok).map((f) => f.refusal)
    expect(refused).toEqual(['hostile-xxe.lrmx：文件含有 DOCTYPE/实体声明，可能是恶意文件，已拒绝', 'truncated.lrmx：文件不完整或格式错误（第 20 行：文件在元素结束前中断）'])
    expect(result.created.map((c) => c.name).sort()).toEqual(['张建国', '李秀英', '陈志强'].sort())
    expect(result.skipped).toEqual([])
    const zhang = preview.files.find((f) => f.fileName === 'zhang-promotion.lrmx')!
    expect(zhang.photoDataUrl).toMatch(/^data:image\/(png|jpeg);base64,/u)
    // The placeholder ID number fails its check: shown with a warning, never used to merge different people.
    expect(zhang.warnings).toEqual(['身份证号“110111198203150000”校验不通过（GB 11643），请核对'])
    expect(result.created.every((c) => c.hasPhoto && !c.idNumberVerified)).toBe(true)
    const detail = await vault.core.call('personnel.getCadre', { id: result.created.find((c) => c.name === '张建国')!.id })
    expect({ ...detail.form, photo: fixturePerson('zhang-promotion.lrmx').photo }).toEqual(fixturePerson('zhang-promotion.lrmx'))
    // Opening the book once and the import are in the audit log, naming the user and no cadre.
    const audit = await vault.core.call('audit.list', { limit: 5 })
    expect(audit.filter((e) => e.action.startsWith('personnel.')).map((e) => [e.action, e.userName, e.summary])).toEqual([
      ['personnel.importLrmx', '王秘书', '导入干部任免审批表：新建 3 份，更新 0 份，未导入 0 份'],
      ['personnel.open', '王秘书', '王秘书打开干部任免专用记录本'],
    ])
    // No imported name is readable in the store's bytes on disk.
    vault.core.context.lock('manual')
    const paths = vaultPaths(vault.core.dataDir)
    for (const file of [paths.personnel, `${paths.personnel}-wal`].filter(existsSync)) {
      const bytes = readFileSync(file)
      for (const name of ['张建国', '李秀英', '陈志强', '示例区白云乡']) expect(bytes.includes(Buffer.from(name, 'utf8')), `${file} ${name}`).toBe(false)
    }
  })

  it('offers to update a profile with the same (valid) ID number, showing the differences field by field', async () => {
    const vault = await open()
    const id = validId('11011119820315001')
    const person = { ...fixturePerson('zhang-promotion.lrmx'), idNumber: id }
    writeFileSync(join(vault.folder, 'first.lrmx'), writeLrmx(person))
    writeFileSync(join(vault.folder, 'second.lrmx'), writeLrmx({ ...person, currentPost: '示例区发展和改革委员会主任', ethnicity: '回族' }))
    vault.core.dialogs.openFiles.push([join(vault.folder, 'first.lrmx')])
    const first = (await vault.core.call('personnel.previewLrmx'))!
    await vault.core.call('personnel.importLrmx', { token: first.token, choices: [{ index: 0, action: 'create' }] })
    vault.core.dialogs.openFiles.push([join(vault.folder, 'second.lrmx')])
    const second = (await vault.core.call('personnel.previewLrmx'))!
    expect(second.files[0]!.existing).toMatchObject({ name: '张建国', idNumber: id, idNumberVerified: true })
    expect(second.files[0]!.differences).toEqual([
      { field: 'ethnicity', label: '民族', before: '汉族', after: '回族' },
      { field: 'currentPost', label: '现任职务', before: '示例区白云乡党委书记', after: '示例区发展和改革委员会主任' },
    ])
    const asNew = await vault.core.call('personnel.importLrmx', { token: second.token, choices: [{ index: 0, action: 'create' }] })
    expect(asNew.skipped).toEqual([{ fileName: 'second.lrmx', reason: `身份证号 ${id} 已在专用记录本中（张建国），请选择“更新已有信息”` }])
    const again = (vault.core.dialogs.openFiles.push([join(vault.folder, 'second.lrmx')]), (await vault.core.call('personnel.previewLrmx'))!)
    const updated = await vault.core.call('personnel.importLrmx', { token: again.token, choices: [{ index: 0, action: 'update' }] })
    expect(updated.updated.map((c) => [c.name, c.currentPost])).toEqual([['张建国', '示例区发展和改革委员会主任']])
    expect(await vault.core.call('personnel.listCadres', {})).toHaveLength(1)
  })

  it('exports a candidate as .lrmx (3.2.x) that re-imports to the same data', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-15' })
    const { cadre, matter } = await consultedCandidate(vault, held.topicId)
    const target = join(vault.folder, 'export.lrmx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnel.exportLrmx', { matterId: matter.id })).toEqual({ path: target })
    expect(readFileSync(target, 'utf8')).toContain('<Version>3.2.1.16</Version>')
    expect((await lastAudit(vault))).toMatchObject({ action: 'personnel.exportLrmx', userName: '王秘书', summary: `导出一份干部任免审批表（任职/提拔）到 ${vault.folder}` })
    vault.core.dialogs.openFiles.push([target])
    const preview = (await vault.core.call('personnel.previewLrmx'))!
    const original = await vault.core.call('personnel.getCadre', { id: cadre.id })
    expect({ ...preview.files[0]!.person!, version: '' }).toEqual({ ...original.form, version: '' })
    expect(preview.files[0]!.photoDataUrl).toBe(original.photoDataUrl)
  })
})

describe('the book: entries decided one by one, sealed, corrected', () => {
  it('records a consultation and a decision, checks the quorum per candidate after recusal, seals, refuses changes, links a correction', async () => {
    const vault = await open()
    const consult = holdMeeting(vault, { date: '2026-09-10', bodyId: secretaryBodyId })
    const held = holdMeeting(vault, { date: '2026-09-25', absent: [9, 10], sequence: 2 }) // 9 of 11 present
    const { matter } = await consultedCandidate(vault, held.topicId)
    // A consultation recorded in the book at the 书记专题会议.
    const consultEntry = await vault.core.call('personnel.decideCandidate', { meetingId: consult.meetingId, agendaItemId: consult.agendaItemId, matterId: matter.id, voteMethod: 'voice', views: views(vault) })
    expect(consultEntry.label).toBe('2026年第1册第1号')

    // Two recusals and one member out of the room leave 6 of 11: no two-thirds quorum for this candidate.
    leaveRoomForItem(vault, held, 8)
    const recusals = [{ memberId: vault.members[3]!, reason: '亲属关系' }, { memberId: vault.members[4]!, reason: '亲属关系' }]
    const refused = await vault.core.raw('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'hands', recusals, views: views(vault, {}, [3, 4, 8, 9, 10]) })
    expect(refused).toEqual({ ok: false, error: { code: 'QUORUM_NOT_MET', message: '张建国：该人选（回避后）讨论决定干部任免事项须三分之二以上成员到会：应到 11 人，实到 6 人，至少需 8 人，还差 2 人，不能作出决定，未保存。' } })
    expect(await vault.core.call('personnel.listEntries', {})).toHaveLength(1)

    // The member back in the room and one recusal: 9 present − 1 recused = 8, exactly two thirds: decided.
    vault.core.context.session!.vault.mainSqlite.prepare('delete from item_absences').run()
    const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'hands', recusals: recusals.slice(0, 1), views: views(vault, { 5: 'disagree' }, [3, 9, 10]) })
    expect(entry.label).toBe('2026年第1册第2号')
    const [decided] = entry.candidates
    expect(decided).toMatchObject({ cadreName: '张建国', result: 'passed', counts: { for: 7, against: 1, abstain: 0 }, required: 6, quorum: { members: 11, present: 8, required: 8, met: true } })
    expect(decided!.members.find((m) => m.memberName === '赵部长')).toMatchObject({ presence: 'recused', recusalReason: '亲属关系', view: null })
    expect(decided!.members.find((m) => m.memberName === '郑主任')).toMatchObject({ presence: 'absent', view: null })

    // Signing the meeting seals the entries; then the channel and a raw UPDATE are refused.
    signMeeting(vault, held)
    const personnelDb = vault.core.context.session!.vault.personnel!
    const sealed = sealBookEntriesForMeeting(personnelDb, held.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-26T08:00:00.000Z'))
    expect(sealed).toEqual([{ entryId: entry.id, agendaItemId: held.agendaItemId, label: '2026年第1册第2号' }])
    const sealedView = await vault.core.call('personnel.getEntry', { id: entry.id })
    expect(sealedView.sealed).toMatchObject({ chairName: '林书记', recorderName: '王秘书', sealedAt: '2026-09-26T08:00:00.000Z', sealHash: expect.stringMatching(/^[0-9a-f]{64}$/u) as string })
    const withdraw = await vault.core.raw('personnel.withdrawDecision', { entryId: entry.id, matterId: matter.id })
    expect(withdraw).toEqual({ ok: false, error: { code: 'BOOK_ENTRY_SEALED', message: '专用记录本的该条记录已封存，不能修改或删除。如需更正，请另立更正记录并注明原因。' } })
    const sqlite = vault.core.context.session!.vault.personnelSqlite!
    expect(() => sqlite.prepare(`update book_entries set topic_title = 'x' where id = ?`).run(entry.id)).toThrow('SEALED')
    expect(() => sqlite.prepare(`delete from entry_member_views where decision_id = ?`).run(decided!.id)).toThrow('SEALED')
    expect(() => sqlite.prepare(`update entry_decisions set votes_for = 11 where id = ?`).run(decided!.id)).toThrow('SEALED')
    expect(await vault.core.call('personnel.getEntry', { id: entry.id })).toEqual(sealedView)

    // A correction is a new entry that references the old one, sealed at once.
    const correction = await vault.core.call('personnel.correctEntry', { entryId: entry.id, reason: '孙部长的意见误记为不同意', chairName: '林书记', recorderName: '王秘书', decisions: [{ matterId: matter.id, voteMethod: 'hands', recusals: recusals.slice(0, 1), views: views(vault, {}, [3, 9, 10]) }] })
    expect(correction).toMatchObject({ label: '2026年第1册第3号', correctsEntryId: entry.id, correctsLabel: '2026年第1册第2号', correctionReason: '孙部长的意见误记为不同意' })
    expect(correction.sealed).not.toBeNull()
    expect(correction.candidates[0]!.counts).toEqual({ for: 8, against: 0, abstain: 0 })
    expect((await vault.core.call('personnel.getEntry', { id: entry.id })).correctedByLabels).toEqual(['2026年第1册第3号'])
    expect(await lastAudit(vault)).toMatchObject({ action: 'personnel.entry.correct', summary: '专用记录本2026年第1册第3号：更正2026年第1册第2号并封存' })
    const [after] = await vault.core.call('personnel.listMatters', { topicId: held.topicId })
    expect(after!.decision).toMatchObject({ entryLabel: '2026年第1册第3号', result: 'passed' })
  })

  it('refuses a decision at the 常委会 before the 书记专题会议 consulted, and a 复议 without a majority', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    await importFixtures(vault, ['li-retire-dotted-dates.lrmx'])
    const [cadre] = await vault.core.call('personnel.listCadres', { query: '秀英' })
    const matter = await vault.core.call('personnel.saveMatter', { cadreId: cadre!.id, topicId: held.topicId, actionType: 'transfer', proposedPost: '示例区文化馆馆长', stages: {} })
    const refused = await vault.core.raw('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'voice', views: views(vault) })
    expect(refused).toEqual({ ok: false, error: { code: 'CONSULTATION_REQUIRED', message: '李秀英的任免尚未经书记专题会议酝酿，不能提交常委会讨论决定，未保存。' } })
    await vault.core.call('personnel.saveMatter', { id: matter.id, cadreId: cadre!.id, topicId: held.topicId, actionType: 'transfer', proposedPost: '示例区文化馆馆长', stages: { consultedOn: '2026-09-20' } })
    await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'voice', views: views(vault) })
    const later = holdMeeting(vault, { date: '2026-10-12', sequence: 3 })
    const input = { meetingId: later.meetingId, agendaItemId: later.agendaItemId, matterId: matter.id, voteMethod: 'voice' as const, views: views(vault) }
    // The matter belongs to the first topic; link the later item to it by the same topic for this check.
    vault.core.context.session!.vault.mainSqlite.prepare('update agenda_items set topic_id = ? where id = ?').run(held.topicId, later.agendaItemId)
    expect(await vault.core.raw('personnel.decideCandidate', { ...input, reconsiderationAgreed: 5 })).toEqual({
      ok: false, error: { code: 'RULE_VIOLATION', message: '李秀英：复议须经超过半数的成员同意：应到 11 人，至少需 6 人同意，实际 5 人，未保存。' },
    })
    const reconsidered = await vault.core.call('personnel.decideCandidate', { ...input, reconsiderationAgreed: 6 })
    expect(reconsidered.candidates[0]).toMatchObject({ reconsiderationAgreed: 6, result: 'passed' })
  })
})

describe('stages, the register and its export', () => {
  it('checks the notice across National Day, computes the probation, lists reminders, finds by two characters, exports .xlsx', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    const { cadre, matter } = await consultedCandidate(vault, held.topicId)
    await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'hands', views: views(vault) })
    const base = { id: matter.id, cadreId: cadre.id, topicId: held.topicId, actionType: 'appoint' as const, proposedPost: matter.proposedPost, probation: true, integrityOpinion: '无影响使用的问题' }
    const stages = { ...matter.stages, decidedOn: undefined, probationEnd: undefined }
    delete stages.decidedOn
    delete stages.probationEnd
    const short = await vault.core.raw('personnel.saveMatter', { ...base, stages: { ...stages, noticeStart: '2026-09-28', noticeEnd: '2026-10-08' } })
    expect(short).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '任前公示期不少于 5 个工作日：2026年9月28日至2026年10月8日只有 4 个工作日，最早可于2026年10月9日结束，未保存。' } })
    const running = await vault.core.call('personnel.saveMatter', { ...base, stages: { ...stages, noticeStart: '2026-09-28' } })
    // Entered before its first day: set, not yet running (the 提醒 agree).
    expect(running).toMatchObject({ earliestNoticeEnd: '2026-10-09', statusLabel: '待公示' })
    vault.clock.set('2026-10-10T02:00:00.000Z')
    const early = await vault.core.raw('personnel.saveMatter', { ...base, appointmentDocNo: '区委干〔2026〕12号', stages: { ...stages, noticeStart: '2026-09-28', noticeEnd: '2026-10-09', appointedOn: '2026-10-09' } })
    expect(early.ok ? null : early.error.message).toBe('任职通知须在任前公示期满（2026年10月9日）之后下发，未保存。')
    const reminders = await vault.core.call('personnel.reminders')
    // The notice ran its 5 working days: listed once, as ended without the appointment notice.
    expect(reminders.noticesEndedWithoutAppointment.map((m) => m.cadreName)).toEqual(['张建国'])
    expect(reminders.decidedWithoutNotice).toEqual([])
    const appointed = await vault.core.call('personnel.saveMatter', { ...base, appointmentDocNo: '区委干〔2026〕12号', stages: { ...stages, noticeStart: '2026-09-28', noticeEnd: '2026-10-09', appointedOn: '2026-10-12', talkOn: '2026-10-13' } })
    expect(appointed.stages.probationEnd).toBe('2027-10-11')
    vault.clock.set('2027-09-20T02:00:00.000Z')
    expect((await vault.core.call('personnel.reminders')).probationEnding.map((m) => m.stages.probationEnd)).toEqual(['2027-10-11'])

    expect((await vault.core.call('personnel.searchRegister', { name: '建国' })).map((r) => r.cadreName)).toEqual(['张建国'])
    expect(await vault.core.call('personnel.searchRegister', { name: '秀英' })).toEqual([])
    // Typed text is literal: a % or _ is no wildcard in the name search.
    expect(await vault.core.call('personnel.searchRegister', { name: '%' })).toEqual([])
    expect(await vault.core.call('personnel.searchRegister', { name: '_' })).toEqual([])
    // The unit filter reads the cadre's 报送单位 too (from the .lrmx form), not only the matter's unit.
    expect((await vault.core.call('personnel.searchRegister', { unit: '区委组织部' })).map((r) => [r.cadreName, r.unit])).toEqual([['张建国', expect.not.stringContaining('组织部')]])
    expect(await vault.core.call('personnel.searchRegister', { unit: '不存在的单位' })).toEqual([])
    expect(await vault.core.call('personnel.searchRegister', { meetingId: held.meetingId, actionType: 'appoint', from: '2026-09-01', to: '2026-09-30', post: '发展和改革' })).toHaveLength(1)
    expect(await vault.core.call('personnel.counts')).toEqual([{ year: 2026, actionType: 'appoint', actionLabel: '任职/提拔', count: 1 }])
    const timeline = await vault.core.call('personnel.timeline', { cadreId: cadre.id })
    expect(timeline.map((e) => e.title)).toContain('任职/提拔：讨论决定（通过）')

    const target = join(vault.folder, '台账.xlsx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('personnel.exportRegister', { name: '建国' })).toEqual({ path: target })
    expect(readdirSync(vault.folder).filter((f) => f.includes('partial'))).toEqual([])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(target)
    const sheet = workbook.getWorksheet('干部任免台账')!
    expect(sheet.rowCount).toBe(2)
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名')
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(4).value, sheet.getRow(2).getCell(17).value]).toEqual(['张建国', '任职/提拔', '区委干〔2026〕12号'])
    expect(await lastAudit(vault)).toMatchObject({ action: 'personnel.exportRegister', userName: '王秘书', summary: `导出干部任免台账 1 条到 ${target}` })
  })

  it('writes one audit entry when a session first opens the book, and again after a new unlock', async () => {
    const vault = await open()
    await vault.core.call('personnel.listCadres', {})
    await vault.core.call('personnel.listEntries', {})
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await vault.core.call('personnel.reminders')
    const opens = (await vault.core.call('audit.list', { limit: 20 })).filter((e) => e.action === 'personnel.open')
    expect(opens).toHaveLength(2)
  })
})
