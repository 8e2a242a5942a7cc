import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { YishiCore } from '../../../electron/core'
import { Session } from '../../../electron/core/session'
import { bookEntries } from '../../../electron/core/db/schema/personnel'
import { entrySealCheck } from '../../../electron/core/personnel/seal-entries'
import { sealVerifier } from '../../../electron/core/seals/signed-seal'
import { integrityCheck } from '../../../electron/core/vault/store'
import { benchCall } from '../../../scripts/bench/bench-core'
import { buildSyntheticVault, type BuiltVault } from '../../../scripts/bench/build-vault'
import { isPlainFile, plainTwin } from '../../../scripts/bench/plain-copy'
import { removeDir, tempDir, testKdfCost } from '../../support/vault'

// The benchmark's builder at one year: the vault it writes must be one the app accepts, so
// the figures of `npm run bench` keep measuring real records.

describe('synthetic benchmark vault (one year)', () => {
  let dir: string
  let built: BuiltVault
  let core: YishiCore

  beforeAll(async () => {
    dir = tempDir('yishi-bench-test-')
    built = await buildSyntheticVault({ dataDir: join(dir, 'data'), years: 1, today: '2026-11-23', kdfCost: testKdfCost, materialBytes: [256, 512] })
    core = built.core
  })
  afterAll(async () => {
    await core.lock('quit')
    removeDir(dir)
  })

  it('has a year of records at the sizes DESIGN.md scales from', () => {
    expect(built.counts.meetings).toBe(37)
    expect(built.counts.topics).toBeGreaterThan(400)
    expect(built.counts.speeches).toBeGreaterThan(3000)
    expect(built.counts.cadres).toBeGreaterThan(400)
    expect(built.counts.candidateDecisions).toBe(built.counts.cadres)
    expect(built.counts.searchRows).toBeGreaterThan(built.counts.speeches)
  })

  it('passes integrity_check on both stores and its audit chain verifies', async () => {
    const vault = core.context.session!.vault
    expect(integrityCheck(vault.mainSqlite)).toBe('ok')
    expect(integrityCheck(vault.personnelSqlite!)).toBe('ok')
    const verification = await benchCall(core, 'audit.verify')
    expect(verification).toMatchObject({ ok: true, firstBrokenId: null })
    expect(verification.checked).toBeGreaterThanOrEqual(built.counts.auditEntries)
  })

  it('keeps every signed meeting and every book entry sealed intact', async () => {
    const signed = await benchCall(core, 'meetings.list', { status: 'signed' })
    expect(signed.length).toBe(36)
    for (const meeting of signed) expect((await benchCall(core, 'meetings.get', { id: meeting.id })).sealIntact).toBe(true)
    const vault = core.context.session!.vault
    const personnel = vault.personnel!
    const entries = personnel.select().from(bookEntries).all()
    expect(entries.length).toBeGreaterThan(0)
    const verifier = sealVerifier(vault.main)
    // Signed by the builder, as 签发 signs them.
    expect(entries.every((entry) => entrySealCheck(personnel, verifier, entry)?.state === 'intact')).toBe(true)
  })

  it('loads the 20-topic meeting and finds speeches through the search index', async () => {
    const detail = await benchCall(core, 'meetings.get', { id: built.twentyTopicMeetingId })
    expect(detail.items).toHaveLength(20)
    expect(detail.status).toBe('signed')
    const hits = await benchCall(core, 'search.query', { query: '资金保障要落实' })
    expect(hits.hits.some((hit) => hit.kind === 'speech')).toBe(true)
    const entries = await benchCall(core, 'personnel.listEntries', { year: 2026 })
    expect(entries.length).toBe(built.counts.bookEntries)
  })

  it('gives an unencrypted twin that answers the same queries', async () => {
    const plainDir = join(dir, 'plain')
    mkdirSync(plainDir)
    const session = core.context.session!
    const twin = plainTwin(session.vault, plainDir)
    try {
      expect(isPlainFile(join(plainDir, 'main.db'))).toBe(true)
      expect(isPlainFile(join(dir, 'data', 'vault', 'main.db'))).toBe(false)
      const encrypted = await benchCall(core, 'search.query', { query: '财政' })
      core.context.session = new Session(twin)
      expect(await benchCall(core, 'search.query', { query: '财政' })).toEqual(encrypted)
    } finally {
      core.context.session = session
      twin.mainSqlite.close()
      twin.personnelSqlite?.close()
    }
  })
})
