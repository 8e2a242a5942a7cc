import { randomUUID } from 'node:crypto'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach } from 'vitest'
import { agendaItems, itemAbsences, meetingMembers, meetings, people, topics } from '../../../electron/core/db/schema/main'
import type { MeetingStatus } from '../../../shared/meetings/vocabulary'
import { adminPassword, createdVault, removeDir, tempDir, type TestCore } from '../../support/vault'
import { lrmxFixtureDir } from '../../support/fixtures'

// A real vault for the personnel book's tests: the administrator (holding the 干部任免
// grant) unlocked, 11 standing-committee members, and meetings with a personnel topic
// written straight into the main store, so these tests stand on the book alone.

export const fixtureDir = lrmxFixtureDir
export const standingBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000001'
export const secretaryBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000003'

const memberNames = ['林书记', '陈区长', '王副书记', '赵部长', '钱书记', '孙部长', '李书记', '周部长', '吴区长', '郑主任', '冯部长']

export interface BookVault {
  core: TestCore
  members: string[]
  clock: { set(iso: string): void }
  /** A folder for picked and saved files, removed after the test. */
  folder: string
}

export function bookVaults() {
  let current: BookVault | undefined
  afterEach(() => {
    current?.core.context.lock('manual')
    if (current) {
      removeDir(current.core.dataDir)
      removeDir(current.folder)
    }
    current = undefined
  })
  return async (start = '2026-09-20T02:00:00.000Z'): Promise<BookVault> => {
    let now = new Date(start)
    const core = await createdVault({ now: () => now })
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const db = core.context.session!.db
    const at = now.toISOString()
    const members = memberNames.map((name) => {
      const id = randomUUID()
      db.insert(people).values({ id, name, createdAt: at, updatedAt: at }).run()
      return id
    })
    current = { core, members, clock: { set: (iso) => (now = new Date(iso)) }, folder: tempDir('yishi-book-') }
    return current
  }
}

export interface HeldMeeting {
  meetingId: string
  agendaItemId: string
  topicId: string
}

/** A meeting of `bodyId` on `date` with one personnel topic; `absent` members on leave. */
export function holdMeeting(vault: BookVault, input: { date: string; bodyId?: string; sequence?: number; absent?: number[]; status?: MeetingStatus }): HeldMeeting {
  const db = vault.core.context.session!.db
  const at = `${input.date}T01:00:00.000Z`
  const meetingId = randomUUID()
  const topicId = randomUUID()
  const agendaItemId = randomUUID()
  const bodyId = input.bodyId ?? standingBodyId
  db.insert(topics).values({ id: topicId, bodyId, title: '关于有关同志职务任免的议题', category: 'personnel', proposingUnit: '区委组织部', presenter: '赵部长', approvedAt: at, approvedByName: '林书记', createdAt: at, updatedAt: at }).run()
  db.insert(meetings).values({ id: meetingId, bodyId, numberingScope: input.date.slice(0, 4), sequence: input.sequence ?? 1, date: input.date, startTime: '09:00', place: '区委常委会议室', chairId: vault.members[0], recorderName: '王秘书', status: input.status ?? 'in_progress', createdAt: at, updatedAt: at }).run()
  vault.members.forEach((personId, index) => {
    const present = !(input.absent ?? []).includes(index)
    db.insert(meetingMembers).values({ meetingId, personId, rank: index + 1, post: '区委常委', attendance: present ? 'present' : 'leave', leaveReason: present ? null : 'business', updatedAt: at }).run()
  })
  db.insert(agendaItems).values({ id: agendaItemId, meetingId, topicId, position: 1, createdAt: at, updatedAt: at }).run()
  return { meetingId, agendaItemId, topicId }
}

export function leaveRoomForItem(vault: BookVault, held: HeldMeeting, memberIndex: number): void {
  const at = new Date().toISOString()
  vault.core.context.session!.db.insert(itemAbsences).values({ agendaItemId: held.agendaItemId, personId: vault.members[memberIndex]!, kind: 'out', createdAt: at, updatedAt: at }).run()
}

export function signMeeting(vault: BookVault, held: HeldMeeting): void {
  vault.core.context.session!.db.update(meetings).set({ status: 'signed', signedAt: new Date().toISOString() }).where(eq(meetings.id, held.meetingId)).run()
}

/** Imports fixture files through the channels (pick → preview → import, every file as new). */
export async function importFixtures(vault: BookVault, fileNames: string[]) {
  const paths = fileNames.map((name) => {
    const target = join(vault.folder, name)
    copyFileSync(join(fixtureDir, name), target)
    return target
  })
  vault.core.dialogs.openFiles.push(paths)
  const preview = await vault.core.call('personnel.previewLrmx')
  if (!preview) throw new Error('preview cancelled')
  const result = await vault.core.call('personnel.importLrmx', { token: preview.token, choices: preview.files.filter((f) => f.ok).map((f) => ({ index: f.index, action: 'create' as const })) })
  return { preview, result }
}

/** Everyone at the meeting who is in the room agrees, except those listed. */
export function views(vault: BookVault, except: Record<number, 'disagree' | 'defer' | 'skip'> = {}, out: number[] = []) {
  return vault.members.flatMap((memberId, index) => {
    if (out.includes(index) || except[index] === 'skip') return []
    return [{ memberId, view: except[index] ?? ('agree' as const) }]
  })
}
