import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { minutes } from '../../../electron/core/db/schema/documents'
import { auditLog } from '../../../electron/core/db/schema/main'
import { removeDir } from '../../support/vault'
import { liveVault, refused, secretaryBodyId, type LiveVault } from './live-fixture'
import { endedMeeting, minutesSnapshot, reviewedMinutes } from './minutes-fixture'

// 起草 → 审核 → 签发 on a real vault: each step recorded with who and when, each refusal
// with its code and message and nothing changed, 签发 sealing the meeting, the issued row sealed.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

const auditActions = () => lv.core.context.session!.db.select({ action: auditLog.action, summary: auditLog.summary }).from(auditLog).all()

describe('起草', () => {
  it('refuses before the meeting has ended, and changes nothing', async () => {
    const meeting = await endedMeeting(lv, { end: false })
    const before = await minutesSnapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'minutes.draft', { meetingId: meeting.id }, 'STATUS_INVALID')
    expect(error.message).toBe('会议处于“进行中”阶段：会议结束后才能起草纪要（纪要依据会议记录起草）。请先结束会议。')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
    expect(before.state.minutes).toBeNull()
  })

  it('drafts from the record with who and when, numbered 第1期, audited', async () => {
    const meeting = await endedMeeting(lv)
    const state = await lv.core.call('minutes.draft', { meetingId: meeting.id })
    expect(state).toMatchObject({ meetingLabel: '2026年第1次常委会会议', meetingStatus: 'ended', mayIncludePersonnel: true })
    expect(state.minutes).toMatchObject({ year: 2026, issueNumber: 1, status: 'draft', drafted: { byName: '王秘书', at: '2026-03-10T02:00:00.000Z' }, reviewed: null, issued: null, returnReason: null })
    const content = state.minutes!.content
    expect(content.opening).toBe('2026年3月10日，区委书记林书记在区委常委会议室主持召开2026年第1次区委常委会会议，研究了以下事项。')
    expect(content.sections[0]!.paragraphs).toEqual([
      // The report notes are the presenter's: they go with 会议听取了……的汇报, not into 会议认为.
      '会议听取了区发展改革委主任李明关于全域旅游发展三年行动计划的汇报。汇报提出，计划明确了分年度目标和保障措施。',
      '会议原则同意全域旅游发展三年行动计划。',
      '会议要求，由吴区长同志牵头，区文旅局负责，于2026年12月31日前抓好落实。',
    ])
    expect(content.sections[1]!.paragraphs.at(-1)).toBe('会议决定，该议题暂缓研究，请区发展改革委根据会议意见进一步修改完善后，再提交区委常委会研究。')
    expect(content.attendance).toEqual({ present: '林书记、陈区长、王副书记、赵部长、钱书记、孙部长、李书记、周部长、吴区长', leave: '郑主任（病假）、冯部长（病假）', guests: '' })
    expect(auditActions().at(-1)).toEqual({ action: 'minutes.draft', summary: '依据会议记录起草2026年第1次常委会会议纪要（2026年第1期）' })
    expect(await lv.core.call('minutes.get', { meetingId: meeting.id })).toEqual(state)
  })

  it('refuses a second draft of the same meeting', async () => {
    const meeting = await endedMeeting(lv)
    await lv.core.call('minutes.draft', { meetingId: meeting.id })
    const before = await minutesSnapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'minutes.draft', { meetingId: meeting.id }, 'DUPLICATE')
    expect(error.message).toContain('已有纪要（2026年第1期），不能重复起草')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('numbers 第×期 per body and year, or across bodies when the setting says so', async () => {
    const first = await endedMeeting(lv)
    const second = await endedMeeting(lv)
    const other = await endedMeeting(lv, { bodyId: secretaryBodyId })
    expect((await lv.core.call('minutes.draft', { meetingId: second.id })).minutes!.issueNumber).toBe(1)
    expect((await lv.core.call('minutes.draft', { meetingId: first.id })).minutes!.issueNumber).toBe(2)
    expect((await lv.core.call('minutes.draft', { meetingId: other.id })).minutes!.issueNumber).toBe(1)
    const settings = await lv.core.call('documents.settings')
    await lv.core.call('documents.updateSettings', { ...settings, minutesNumbering: 'year' })
    // One series a year: after the highest number of any body (2), whatever the body.
    const fourth = await endedMeeting(lv, { bodyId: secretaryBodyId })
    expect((await lv.core.call('minutes.draft', { meetingId: fourth.id })).minutes!.issueNumber).toBe(3)
  })
})

describe('editing the draft', () => {
  it('saves the edited text, writes nothing for an unchanged text, and redrafts from the record keeping the options', async () => {
    const meeting = await endedMeeting(lv)
    const drafted = (await lv.core.call('minutes.draft', { meetingId: meeting.id })).minutes!
    const edited = { ...drafted.content, opening: `${drafted.content.opening}会议强调，要抓好落实。`, distribution: '区委常委', copyNumber: '000003' }
    const saved = await lv.core.call('minutes.update', { meetingId: meeting.id, content: edited })
    expect(saved.minutes!.content).toEqual(edited)
    expect(auditActions().at(-1)).toEqual({ action: 'minutes.update', summary: '修改2026年第1次常委会会议纪要' })
    const entries = auditActions().length
    await lv.core.call('minutes.update', { meetingId: meeting.id, content: edited })
    expect(auditActions()).toHaveLength(entries)
    // 会议认为 is the secretary's own text: a redraft from the record keeps it with its item.
    const view = '计划目标明确、措施可行'
    await lv.core.call('minutes.update', { meetingId: meeting.id, content: { ...edited, sections: edited.sections.map((section, i) => (i === 0 ? { ...section, view } : section)) } })
    const redrafted = await lv.core.call('minutes.redraft', { meetingId: meeting.id })
    expect(redrafted.minutes!.content).toEqual({ ...drafted.content, distribution: '区委常委', copyNumber: '000003', sections: drafted.content.sections.map((section, i) => (i === 0 ? { ...section, view } : section)) })
    const preview = await lv.core.call('minutes.preview', { meetingId: meeting.id })
    const texts = preview.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text) : []))
    expect(texts.slice(1, 3)).toEqual([drafted.content.sections[0]!.paragraphs[0], '会议认为，计划目标明确、措施可行。'])
    expect(auditActions().at(-1)!.action).toBe('minutes.redraft')
  })

  it('refuses sections that do not follow the agenda, and invalid input', async () => {
    const meeting = await endedMeeting(lv)
    const content = (await lv.core.call('minutes.draft', { meetingId: meeting.id })).minutes!.content
    const before = await minutesSnapshot(lv.core, meeting.id)
    const reordered = await refused(lv.core, 'minutes.update', { meetingId: meeting.id, content: { ...content, sections: [...content.sections].reverse() } }, 'RULE_VIOLATION')
    expect(reordered.message).toContain('议题不能增删或调换顺序')
    const personnel = await refused(lv.core, 'minutes.update', { meetingId: meeting.id, content: { ...content, sections: content.sections.map((s) => ({ ...s, personnel: true })) } }, 'RULE_VIOLATION')
    expect(personnel.message).toContain('是否为干部任免事项由会议记录决定')
    const badCopy = await refused(lv.core, 'minutes.update', { meetingId: meeting.id, content: { ...content, copyNumber: '12' } }, 'INVALID_INPUT')
    expect(badCopy.message).toContain('份号应为 6 位数字')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
  })
})

describe('审核 and 签发', () => {
  it('refuses to approve or export a classified 纪要 without its 份号 (GB/T 9704 7.2.1), and changes nothing', async () => {
    const meeting = await endedMeeting(lv)
    const drafted = (await lv.core.call('minutes.draft', { meetingId: meeting.id })).minutes!
    // Classified by default, so the draft starts with copy 000001.
    expect(drafted.content).toMatchObject({ classification: { level: 'confidential' }, copyNumber: '000001' })
    await lv.core.call('minutes.update', { meetingId: meeting.id, content: { ...drafted.content, copyNumber: null } })
    const before = await minutesSnapshot(lv.core, meeting.id)
    const review = await refused(lv.core, 'minutes.review', { meetingId: meeting.id }, 'RULE_VIOLATION')
    expect(review.message).toBe('纪要标有密级，须填写份号（6 位数字，例如 000001）：涉密公文应当标注份号。未审核。')
    const exported = await refused(lv.core, 'minutes.export', { meetingId: meeting.id }, 'RULE_VIOLATION')
    expect(exported.message).toContain('须填写份号')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
    // Unclassified, it needs none.
    await lv.core.call('minutes.update', { meetingId: meeting.id, content: { ...drafted.content, copyNumber: null, classification: { level: 'none', years: null } } })
    expect((await lv.core.call('minutes.review', { meetingId: meeting.id })).minutes!.status).toBe('reviewed')
  })

  it('goes 起草 → 审核 → 退回修改 → 审核 → 签发 with who and when, and 签发 signs and seals the meeting', async () => {
    const meeting = await endedMeeting(lv)
    await lv.core.call('minutes.draft', { meetingId: meeting.id })
    const reviewed = await lv.core.call('minutes.review', { meetingId: meeting.id })
    expect(reviewed.minutes).toMatchObject({ status: 'reviewed', reviewed: { byName: '王秘书', at: '2026-03-10T02:00:00.000Z' } })
    const back = await lv.core.call('minutes.returnToDraft', { meetingId: meeting.id, reason: '第一项的要求写得不具体' })
    expect(back.minutes).toMatchObject({ status: 'draft', reviewed: null, returnReason: '第一项的要求写得不具体' })
    await lv.core.call('minutes.review', { meetingId: meeting.id })
    const issued = await lv.core.call('minutes.issue', { meetingId: meeting.id })
    expect(issued).toMatchObject({ meetingStatus: 'signed', minutes: { status: 'issued', issued: { byName: '王秘书' }, signer: { name: '林书记', signedOn: '2026-03-10' }, returnReason: null } })
    const detail = await lv.core.call('meetings.get', { id: meeting.id })
    expect(detail).toMatchObject({ status: 'signed', signedByName: '王秘书', sealIntact: true })
    expect(auditActions().slice(-2).map((entry) => entry.action)).toEqual(['minutes.issue', 'meetings.sign'])
    expect(auditActions().at(-2)!.summary).toBe('签发2026年第1次常委会会议纪要（2026年第1期），签发人林书记，签发日期2026年3月10日，同时签发会议记录并封存')
  })

  it('issues the 纪要 of an already signed meeting without signing it again', async () => {
    const meeting = await endedMeeting(lv)
    await lv.core.call('meetings.sign', { id: meeting.id })
    await reviewedMinutes(lv.core, meeting.id)
    const signedAt = (await lv.core.call('meetings.get', { id: meeting.id })).signedAt
    await lv.core.call('minutes.issue', { meetingId: meeting.id })
    expect(auditActions().at(-1)).toEqual({ action: 'minutes.issue', summary: '签发2026年第1次常委会会议纪要（2026年第1期），签发人林书记，签发日期2026年3月10日' })
    expect((await lv.core.call('meetings.get', { id: meeting.id })).signedAt).toBe(signedAt)
  })

  it('records the 签发人 chosen among the members and the day he signed, apart from the operator, and prints him on the 期号 line', async () => {
    const meeting = await endedMeeting(lv)
    await reviewedMinutes(lv.core, meeting.id)
    const state = await lv.core.call('minutes.get', { meetingId: meeting.id })
    expect(state.signerChoices.slice(0, 2).map((choice) => choice.name)).toEqual(['林书记', '陈区长'])
    const outsider = await lv.core.call('roster.savePerson', { name: '局外人', sex: null, unit: null, note: null })
    const before = await minutesSnapshot(lv.core, meeting.id)
    const refusals: [input: object, message: string][] = [
      [{ signerId: outsider.id }, '签发人须是2026年第1次常委会会议的应到会成员（通常是书记），未签发。'],
      [{ signedOn: '2026-03-11' }, '签发日期2026年3月11日还没有到：请填写签发人实际签发的日期，未签发。'],
      [{ signedOn: '2026-03-09' }, '签发日期2026年3月9日早于会议日期2026年3月10日：纪要在会后签发，未签发。'],
    ]
    for (const [input, message] of refusals) expect((await refused(lv.core, 'minutes.issue', { meetingId: meeting.id, ...input }, 'RULE_VIOLATION')).message).toBe(message)
    expect((await refused(lv.core, 'minutes.issue', { meetingId: meeting.id, signedOn: '2026-02-30' }, 'INVALID_INPUT')).message).toContain('签发日期不是有效的日期')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)

    const chen = state.signerChoices[1]!
    const issued = await lv.core.call('minutes.issue', { meetingId: meeting.id, signerId: chen.personId, signedOn: '2026-03-10' })
    expect(issued.minutes).toMatchObject({ issued: { byName: '王秘书' }, signer: { personId: chen.personId, name: '陈区长', signedOn: '2026-03-10' } })
    expect(auditActions().at(-2)!.summary).toContain('签发人陈区长，签发日期2026年3月10日')
    const header = (await lv.core.call('minutes.preview', { meetingId: meeting.id })).blocks.slice(1, 3)
    expect(header).toEqual([
      { kind: 'splitLine', left: '第1期', right: '签发人：', rightName: '陈区长' },
      { kind: 'splitLine', left: expect.any(String), right: '2026年3月10日' },
    ])
  })

  it('refuses steps out of order, each saying where the 纪要 stands', async () => {
    const meeting = await endedMeeting(lv)
    const none = await refused(lv.core, 'minutes.review', { meetingId: meeting.id }, 'NOT_FOUND')
    expect(none.message).toContain('还没有起草纪要')
    await lv.core.call('minutes.draft', { meetingId: meeting.id })
    let before = await minutesSnapshot(lv.core, meeting.id)
    expect((await refused(lv.core, 'minutes.issue', { meetingId: meeting.id }, 'STATUS_INVALID')).message).toBe('2026年第1次常委会会议纪要处于“起草”状态，不能签发。须先审核通过，才能签发。')
    expect((await refused(lv.core, 'minutes.returnToDraft', { meetingId: meeting.id, reason: '再改' }, 'STATUS_INVALID')).message).toContain('尚在起草，还未审核，无需退回')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
    await lv.core.call('minutes.review', { meetingId: meeting.id })
    before = await minutesSnapshot(lv.core, meeting.id)
    const content = before.state.minutes!.content
    expect((await refused(lv.core, 'minutes.update', { meetingId: meeting.id, content: { ...content, opening: '改' } }, 'STATUS_INVALID')).message).toBe('2026年第1次常委会会议纪要处于“已审核”状态，不能修改。请先“退回修改”。')
    await refused(lv.core, 'minutes.redraft', { meetingId: meeting.id }, 'STATUS_INVALID')
    await refused(lv.core, 'minutes.review', { meetingId: meeting.id }, 'STATUS_INVALID')
    expect((await refused(lv.core, 'minutes.returnToDraft', { meetingId: meeting.id, reason: ' ' }, 'INVALID_INPUT')).message).toContain('请填写退回原因')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('refuses every change to an issued 纪要, and its row refuses changes even behind the app’s back', async () => {
    const meeting = await endedMeeting(lv)
    await reviewedMinutes(lv.core, meeting.id)
    await lv.core.call('minutes.issue', { meetingId: meeting.id })
    const before = await minutesSnapshot(lv.core, meeting.id)
    const content = before.state.minutes!.content
    const message = '2026年第1次常委会会议纪要已签发，内容和状态都不能再改变。如需更正，请对会议记录添加更正记录。'
    for (const [channel, input] of [
      ['minutes.update', { meetingId: meeting.id, content: { ...content, opening: '改写' } }],
      ['minutes.redraft', { meetingId: meeting.id }],
      ['minutes.review', { meetingId: meeting.id }],
      ['minutes.returnToDraft', { meetingId: meeting.id, reason: '再改' }],
      ['minutes.issue', { meetingId: meeting.id }],
    ] as const) {
      expect((await refused(lv.core, channel, input, 'MINUTES_ISSUED')).message).toBe(message)
    }
    const db = lv.core.context.session!.db
    expect(() => db.update(minutes).set({ status: 'draft' }).where(eq(minutes.meetingId, meeting.id)).run()).toThrow('SEALED')
    expect(() => db.delete(minutes).where(eq(minutes.meetingId, meeting.id)).run()).toThrow('SEALED')
    expect(await minutesSnapshot(lv.core, meeting.id)).toEqual(before)
  })
})
