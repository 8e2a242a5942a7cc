import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { insertTopic, secretaryBodyId, attendance, startedMeeting, type LiveVault } from './live-fixture'
import { fixtureDir } from './personnel-fixture'

// A 常委会 with one personnel topic held through the channels: the cadres imported from the
// fixtures, the topic consulted at a held 专题会, two candidates decided one by one in the book.

/** Imports 张建国 and 李秀英 from the fixtures through the channels; returns their cadre ids by name. */
async function importCadres(lv: LiveVault, folder: string): Promise<Record<string, string>> {
  const paths = ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'].map((name) => {
    copyFileSync(join(fixtureDir, name), join(folder, name))
    return join(folder, name)
  })
  lv.core.dialogs.openFiles.push(paths)
  const preview = (await lv.core.call('personnel.previewLrmx'))!
  const result = await lv.core.call('personnel.importLrmx', { token: preview.token, choices: preview.files.map((file) => ({ index: file.index, action: 'create' as const })) })
  return Object.fromEntries(result.created.map((cadre) => [cadre.name, cadre.id]))
}

const noStages = { proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: '2026-03-09', noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null }

export type HeldPersonnelMeeting = Awaited<ReturnType<typeof personnelMeeting>>

/** A 常委会 with one personnel topic (consulted at a held 专题会), everyone present, two candidates on it. */
export async function personnelMeeting(lv: LiveVault, folder: string) {
  const cadres = await importCadres(lv, folder)
  const consultation = await startedMeeting(lv, [insertTopic(lv.core, { title: '干部任免事项酝酿', category: 'personnel', bodyId: secretaryBodyId })], secretaryBodyId)
  const topicId = insertTopic(lv.core, { title: '关于有关同志职务任免的议题', category: 'personnel', consultationItemId: consultation.items[0]!.id })
  const meeting = await startedMeeting(lv, [topicId])
  await attendance(lv, meeting.id, 11)
  const itemId = meeting.items[0]!.id
  const matter = async (name: string, proposedPost: string) =>
    (await lv.core.call('personnel.saveMatter', { cadreId: cadres[name]!, topicId, actionType: 'appoint', proposedPost, postToRemove: '', unit: '', reasons: '', probation: false, integrityOpinion: null, consultationMeetingId: null, consultationItemId: null, appointmentDocNo: null, stages: noStages })).id
  return { meetingId: meeting.id, itemId, topicId, zhang: await matter('张建国', '区发展改革委主任'), li: await matter('李秀英', '区民政局局长') }
}

export const everyone = (lv: LiveVault, except: string[] = []) => lv.people.filter((id) => !except.includes(id)).map((memberId) => ({ memberId, view: 'agree' as const }))

/** Both candidates decided: 张建国 by everyone, 李秀英 with one member recused. */
export async function decideBoth(lv: LiveVault, held: HeldPersonnelMeeting) {
  const base = { meetingId: held.meetingId, agendaItemId: held.itemId, voteMethod: 'hands' as const, counts: null, deferred: false, reconsiderationAgreed: null }
  await lv.core.call('personnel.decideCandidate', { ...base, matterId: held.zhang, recusals: [], views: everyone(lv) })
  const recused = lv.people[7]!
  return lv.core.call('personnel.decideCandidate', { ...base, matterId: held.li, recusals: [{ memberId: recused, reason: '系该人选的近亲属' }], views: everyone(lv, [recused]) })
}

/** The meeting held, its item passed, ended and signed (签发 seals the entry); returns the sealed entry's id. */
export async function signedPersonnelMeeting(lv: LiveVault, folder: string): Promise<{ held: HeldPersonnelMeeting; entryId: string }> {
  const held = await personnelMeeting(lv, folder)
  const entry = await decideBoth(lv, held)
  await lv.core.call('live.setOutcome', { itemId: held.itemId, outcome: 'passed' })
  await lv.core.call('meetings.advance', { id: held.meetingId, to: 'ended' })
  await lv.core.call('meetings.sign', { id: held.meetingId })
  return { held, entryId: entry.id }
}
