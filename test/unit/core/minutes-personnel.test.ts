import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { minutes } from '../../../electron/core/db/schema/documents'
import { blockTexts } from '../../support/document-text'
import { adminPassword, removeDir, tempDir } from '../../support/vault'
import { insertTopic, liveVault, refused, secretaryBodyId, startedMeeting, attendance, type LiveVault } from './live-fixture'
import { minutesSnapshot } from './minutes-fixture'
import { fixtureDir } from './personnel-fixture'

// A 纪要 of a meeting with a 干部任免 item: the reference to the book by default; the
// candidates only for a holder of the grant, read from the book when previewed or exported
// and never stored in the main store; 签发 needs the grant because it seals the book too.

const recorderPassword = 'Jilu#Chushi2026'
let lv: LiveVault
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  folder = tempDir('yishi-minutes-pm-')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

const noStages = { proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: '2026-03-09', noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null }

/** An ended 常委会 with one personnel topic: 张建国 appointed, 李秀英 appointed, by show of hands. */
async function personnelMeeting(): Promise<string> {
  const paths = ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
    copyFileSync(join(fixtureDir, name), join(folder, name))
    return join(folder, name)
  })
  lv.core.dialogs.openFiles.push(paths)
  const preview = (await lv.core.call('personnel.previewLrmx'))!
  const imported = await lv.core.call('personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' as const })) })
  const cadres = Object.fromEntries(imported.created.map((cadre) => [cadre.name, cadre.id]))
  const consultation = await startedMeeting(lv, [insertTopic(lv.core, { title: '干部任免事项酝酿', category: 'personnel', bodyId: secretaryBodyId })], secretaryBodyId)
  const topicId = insertTopic(lv.core, { title: '关于有关同志职务任免的议题', category: 'personnel', consultationItemId: consultation.items[0]!.id })
  const meeting = await startedMeeting(lv, [topicId])
  await attendance(lv, meeting.id, 11)
  const itemId = meeting.items[0]!.id
  const views = lv.people.map((memberId) => ({ memberId, view: 'agree' as const }))
  for (const [name, post] of [['张建国', '区发展改革委主任'], ['李秀英', '区民政局局长']] as const) {
    const matter = await lv.core.call('personnel.saveMatter', { cadreId: cadres[name]!, topicId, actionType: 'appoint', proposedPost: post, postToRemove: '', unit: '', reasons: '', probation: false, integrityOpinion: null, consultationMeetingId: null, consultationItemId: null, appointmentDocNo: null, stages: noStages })
    await lv.core.call('personnel.decideCandidate', { meetingId: meeting.id, agendaItemId: itemId, matterId: matter.id, voteMethod: 'hands', recusals: [], views, counts: null, deferred: false, reconsiderationAgreed: null })
  }
  await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
  await lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
  return meeting.id
}

async function asRecorder(first = false): Promise<void> {
  if (first) await lv.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
  await lv.core.call('auth.lock')
  await lv.core.call('auth.unlock', { username: 'jilu', password: first ? recorderPassword : 'Jilu#Yuan2027y' })
  if (first) await lv.core.call('auth.changePassword', { currentPassword: recorderPassword, newPassword: 'Jilu#Yuan2027y' })
}

async function asAdmin(): Promise<void> {
  await lv.core.call('auth.lock')
  await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
}

const previewText = async (meetingId: string) => blockTexts(await lv.core.call('minutes.preview', { meetingId })).join('\n')

describe('a 纪要 with a 干部任免 item', () => {
  it('refers to the book; candidates only for a holder of the grant, never stored; 签发 needs the grant', async () => {
    const meetingId = await personnelMeeting()
    const drafted = (await lv.core.call('minutes.draft', { meetingId })).minutes!
    expect(drafted.content.sections[0]).toMatchObject({ personnel: true, heading: '关于有关同志职务任免', paragraphs: ['会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第1号。'] })

    // A recorder without the grant: may not choose the candidates, nor sign the meeting through 签发.
    await asRecorder(true)
    const state = await lv.core.call('minutes.get', { meetingId })
    expect(state.mayIncludePersonnel).toBe(false)
    let before = await minutesSnapshot(lv.core, meetingId)
    const include = await refused(lv.core, 'minutes.update', { meetingId, content: { ...drafted.content, includePersonnel: true } }, 'FORBIDDEN')
    expect(include.message).toBe('在纪要中写入干部任免人选及表决结果，须持有干部任免权限（人选情况从专用记录本读取）。您没有该权限，未保存。')
    const typed = await refused(lv.core, 'minutes.update', { meetingId, content: { ...drafted.content, sections: [{ ...drafted.content.sections[0]!, paragraphs: ['会议同意张建国同志任区发展改革委主任。'] }] } }, 'RULE_VIOLATION')
    expect(typed.message).toContain('纪要正文只写专用记录本的编号，不能改写')
    expect(await minutesSnapshot(lv.core, meetingId)).toEqual(before)
    await lv.core.call('minutes.review', { meetingId })
    before = await minutesSnapshot(lv.core, meetingId)
    const issue = await refused(lv.core, 'minutes.issue', { meetingId }, 'FORBIDDEN')
    expect(issue.message).toContain('须由持有干部任免权限的人员签发。未签发。')
    expect(await minutesSnapshot(lv.core, meetingId)).toEqual(before)
    expect(before.state.minutes!.status).toBe('reviewed')
    expect(before.detail.status).toBe('ended')

    // The holder: chooses the candidates; the preview reads them from the book.
    await asAdmin()
    await lv.core.call('minutes.returnToDraft', { meetingId, reason: '写入人选情况' })
    await lv.core.call('minutes.update', { meetingId, content: { ...drafted.content, includePersonnel: true } })
    const text = await previewText(meetingId)
    expect(text).toContain('会议经举手表决，同意张建国同志任区发展改革委主任；李秀英同志任区民政局局长。')
    const stored = lv.core.context.session!.db.select().from(minutes).where(eq(minutes.meetingId, meetingId)).get()!
    expect(JSON.stringify(stored.content)).not.toContain('张建国')
    await lv.core.call('minutes.review', { meetingId })
    const issued = await lv.core.call('minutes.issue', { meetingId })
    expect(issued).toMatchObject({ meetingStatus: 'signed', minutes: { status: 'issued' } })
    const entry = await lv.core.call('personnel.entryForItem', { agendaItemId: (await lv.core.call('meetings.get', { id: meetingId })).items[0]!.id })
    expect(entry.entry?.sealed).not.toBeNull()
    const target = join(folder, '纪要.docx')
    lv.core.dialogs.saveFiles.push(target)
    expect(await lv.core.call('minutes.export', { meetingId })).toEqual({ path: target })
    expect(existsSync(target)).toBe(true)

    // Without the grant the preview shows the reference, and the export is refused.
    await asRecorder()
    const hidden = await previewText(meetingId)
    expect(hidden).not.toContain('张建国')
    expect(hidden).toContain('会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第1号。')
    lv.core.dialogs.saveFiles.push(join(folder, 'other.docx'))
    const exported = await refused(lv.core, 'minutes.export', { meetingId }, 'FORBIDDEN')
    expect(exported.message).toContain('须由持有干部任免权限的人员导出')
    expect(existsSync(join(folder, 'other.docx'))).toBe(false)
  })
})
