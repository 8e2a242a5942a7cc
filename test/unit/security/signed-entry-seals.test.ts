import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { personnelDatabase } from '../../../electron/core/db/migrate'
import { bookEntries } from '../../../electron/core/db/schema/personnel'
import { entryContentHash } from '../../../electron/core/personnel/seal-entries'
import { signSubject } from '../../../electron/core/seals/signed-seal'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { editStore, keysOf } from '../../support/attacker'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, removeDir, tempDir } from '../../support/vault'
import { liveVault, type LiveVault } from '../core/live-fixture'
import { signedPersonnelMeeting } from '../core/personnel-meeting-fixture'

/*
 * Issue 13, item 3 for the 专用记录本: anyone holding the personnel key (a 查阅 user with the
 * 干部任免 grant here) edits a sealed entry with a SQLCipher connection and recomputes its
 * hash with the app's own code. The seal is signed at 签发 by the signer: the edit is detected,
 * the entry reads 「签发后被改动」 with another check code, and its page is not exported.
 */

let lv: LiveVault
let folder: string
let entryId: string
const readerPassword = 'Chushi#Mima2026'

beforeEach(async () => {
  lv = await liveVault()
  folder = tempDir('yishi-entry-seals-')
  entryId = (await signedPersonnelMeeting(lv, folder)).entryId
  await lv.core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: true, password: readerPassword })
  lv.core.context.lock('manual')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

/** The grant holder's edit outside the app: a vote changed, the seal recomputed with the app's formula; `seal` may rewrite the seal's columns too. */
async function rewriteEntry(seal: (db: Database.Database, hash: string) => void = () => undefined): Promise<void> {
  const { personnel } = await keysOf(lv.core.dataDir, 'zhao', readerPassword)
  editStore(vaultPaths(lv.core.dataDir).personnel, personnel!, (db) => {
    db.exec('drop trigger if exists entry_decisions_sealed_update; drop trigger if exists book_entries_sealed_update')
    db.prepare('update entry_decisions set votes_for = votes_for - 3, votes_against = votes_against + 3 where entry_id = ?').run(entryId)
    const store = personnelDatabase(db)
    const row = store.select().from(bookEntries).all().find((entry) => entry.id === entryId)!
    const hash = entryContentHash(store, row, { chairName: row.chairName!, recorderName: row.recorderName!, sealedAt: row.sealedAt! })
    db.prepare('update book_entries set seal_hash = ? where id = ?').run(hash, entryId)
    seal(db, hash)
  })
}

async function adminUnlock(): Promise<void> {
  await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
}

describe('a sealed book entry edited with the personnel key, its hash recomputed', () => {
  it('an untouched entry is signed by the signer and reads 与签发时一致', async () => {
    await adminUnlock()
    const entry = await lv.core.call('personnel.getEntry', { id: entryId })
    expect(entry.sealed).toMatchObject({ intact: true, check: { state: 'intact', checkCode: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/u) } })
    const row = lv.core.context.session!.vault.personnel!.select().from(bookEntries).all().find((candidate) => candidate.id === entryId)!
    expect(row.sealSignature).toMatch(/^[^.]+\.[^.]+$/u)
    expect(row.sealedBy).toBe(lv.core.context.session!.user.id)
  })

  it('is detected: 签发后被改动, another check code, and its page refused with SEAL_BROKEN and the Chinese message', async () => {
    await adminUnlock()
    const before = (await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check.checkCode
    lv.core.context.lock('manual')
    await rewriteEntry()
    await adminUnlock()
    const entry = await lv.core.call('personnel.getEntry', { id: entryId })
    expect(entry.candidates[0]!.counts.against).toBe(3)
    // The hash matches the edited entry; the signature is over the original hash.
    expect(entry.sealed).toMatchObject({ intact: false, check: { state: 'changed' } })
    expect(entry.sealed!.check.checkCode).not.toBe(before)
    expect((await lv.core.call('personnel.listEntries', {})).map((listed) => listed.sealed?.check.state)).toEqual(['changed'])
    const exported = await lv.core.raw('personnelDocuments.exportEntryPage', { entryId })
    expect(exported).toMatchObject({ ok: false, error: { code: 'SEAL_BROKEN', message: expect.stringContaining('专用记录本2026年第1册第1号与签发时不一致') } })
    expect(lv.core.dialogs.saveFiles).toEqual([])
  })

  it('a signature dropped (to pass for a seal from before signatures) or made with the editor’s own key is refused too', async () => {
    await rewriteEntry((db) => db.prepare('update book_entries set seal_signature = null, sealed_by = null where id = ?').run(entryId))
    await adminUnlock()
    expect((await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check.state).toBe('changed')
    lv.core.context.lock('manual')

    // The 查阅 user signs the new hash with their own signing key, naming themselves: not a 记录员's key.
    await lv.core.call('auth.unlock', { username: 'zhao', password: readerPassword })
    const session = lv.core.context.session!
    // A copy: locking wipes the session's keys.
    const signer = { signingKey: Buffer.from(session.vault.signingKey), publicKey: session.vault.entry.signing!.publicKey }
    const zhaoId = session.user.id
    lv.core.context.lock('manual')
    await rewriteEntry((db, hash) => db.prepare('update book_entries set seal_signature = ?, sealed_by = ? where id = ?').run(signSubject(signer, { kind: 'book-entry', id: entryId, sealHash: hash }), zhaoId, entryId))
    await adminUnlock()
    expect((await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check.state).toBe('changed')
  })
})

describe('entries sealed before signatures (personnel migration 0002)', () => {
  it('keep verifying by their hash and read 旧式校验, the line between kept as one audit entry; their page still prints', async () => {
    await adminUnlock()
    const code = (await lv.core.call('personnel.getEntry', { id: entryId })).sealed!.check.checkCode
    // What the version before 0002 left: no signature columns, no mark.
    rollBackTo(lv.core.context.session!.vault.personnelSqlite!, 'personnel', '0001_personnel_book')
    lv.core.context.lock('manual')
    await adminUnlock()
    const entry = await lv.core.call('personnel.getEntry', { id: entryId })
    expect(entry.sealed).toMatchObject({ intact: true, check: { state: 'legacy', checkCode: code } })
    const audit = await lv.core.call('audit.list', { limit: 5 })
    expect(audit.filter((row) => row.action === 'personnel.signSeals')).toHaveLength(1)
    // The page still prints, with the same code.
    lv.core.dialogs.saveFiles.push(join(folder, 'page.docx'))
    expect(await lv.core.call('personnelDocuments.exportEntryPage', { entryId })).toEqual({ path: join(folder, 'page.docx') })
  })
})
