import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adminPassword, removeDir, tempDir } from '../../support/vault'
import { liveVault, type LiveVault } from './live-fixture'
import { endedMeeting, reviewedMinutes } from './minutes-fixture'
import { signedPersonnelMeeting } from './personnel-meeting-fixture'

// The check code printed at the end of the 会议记录, the 纪要 and the 专用记录本 page is the one
// the app shows for the record (meetings.get, personnel.getEntry), and a change to the record
// after 签发 gives another.

let lv: LiveVault
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  folder = tempDir('yishi-check-code-')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

/** The 校验码 line of an exported .docx, read from its XML as Word would show it. */
async function printedCode(path: string): Promise<string | null> {
  const xml = (await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, '')
  return /校验码：([0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4})/u.exec(xml)?.[1] ?? null
}

async function exported(channel: 'documents.exportMeetingRecord' | 'minutes.export', meetingId: string, name: string): Promise<string | null> {
  const path = join(folder, name)
  lv.core.dialogs.saveFiles.push(path)
  await lv.core.call(channel, { meetingId })
  return printedCode(path)
}

describe('the printed check code', () => {
  it('is on the signed 会议记录 and the issued 纪要 as the app shows it; a record changed after 签发 shows another and is not printed', async () => {
    const meeting = await endedMeeting(lv)
    expect(await exported('documents.exportMeetingRecord', meeting.id, 'before.docx')).toBeNull()
    await reviewedMinutes(lv.core, meeting.id)
    await lv.core.call('minutes.issue', { meetingId: meeting.id })
    const shown = (await lv.core.call('meetings.get', { id: meeting.id })).sealCheck!
    expect(shown).toEqual({ state: 'intact', checkCode: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/u) })
    expect(await exported('documents.exportMeetingRecord', meeting.id, 'record.docx')).toBe(shown.checkCode)
    expect(await exported('minutes.export', meeting.id, 'minutes.docx')).toBe(shown.checkCode)
    const preview = await lv.core.call('documents.meetingRecord', { meetingId: meeting.id })
    expect(preview.blocks.at(-1)).toEqual({ kind: 'checkCode', code: shown.checkCode })

    // Edited behind the app's back (trigger dropped): another code, 签发后被改动, no paper.
    const sqlite = lv.core.context.session!.vault.mainSqlite
    sqlite.exec('DROP TRIGGER agenda_items_sealed_update')
    sqlite.prepare('UPDATE agenda_items SET deadline = ? WHERE id = ?').run('2027-06-30', meeting.items[0]!.id)
    const changed = (await lv.core.call('meetings.get', { id: meeting.id })).sealCheck!
    expect(changed.state).toBe('changed')
    expect(changed.checkCode).not.toBe(shown.checkCode)
    for (const channel of ['documents.exportMeetingRecord', 'minutes.export'] as const) {
      const refused = await lv.core.raw(channel, { meetingId: meeting.id })
      expect(refused).toMatchObject({ ok: false, error: { code: 'SEAL_BROKEN', message: expect.stringContaining('会议记录与签发时不一致') } })
    }
    lv.core.dialogs.saveFiles.length = 0
  })

  it('is on the sealed 专用记录本 page as the book shows it', async () => {
    const { entryId } = await signedPersonnelMeeting(lv, folder)
    const shown = (await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check
    expect(shown.state).toBe('intact')
    const path = join(folder, 'page.docx')
    lv.core.dialogs.saveFiles.push(path)
    await lv.core.call('personnelDocuments.exportEntryPage', { entryId })
    expect(await printedCode(path)).toBe(shown.checkCode)
    // The same after a new unlock: the code is the seal's, not the session's.
    lv.core.context.lock('manual')
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check).toEqual(shown)
  })
})
