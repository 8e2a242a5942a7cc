import { resolve } from 'node:path'
import { appendAudit } from '../../electron/core/audit/audit-log'
import { createCore, type ShellServices, type YishiCore } from '../../electron/core'
import { loadMeetingDetail } from '../../electron/core/meetings/meeting-detail'
import { sealBookEntriesForMeeting } from '../../electron/core/personnel/seal-entries'
import { sealHashOf } from '../../electron/core/records/seal-hash'
import { signSeal } from '../../electron/core/records/seal-signature'
import type { KdfCost } from '../../electron/core/vault/user-keys'
import { labelOf } from '../../electron/core/meetings/meeting-label'
import { entryLabel, hiddenPersonnelText } from '../../shared/personnel/vocabulary'
import { addDays } from '../../shared/roster/dates'
import { fileColumnsFor, sealNewFile } from '../../electron/core/vault-files/vault-files'
import { DemoRandom } from '../demo/random'
import { buildRoster } from './build-roster'
import { meetingWriter, secretaryBodyId, standingBodyId, type MeetingPlan, type WrittenMeeting } from './build-meetings'
import { personnelWriter } from './build-personnel'
import { benchCall } from './bench-core'

// Builds the synthetic vault: created and unlocked through the app's own channels (real key
// file, migrations, settings), then filled year by year with prepared statements in one
// transaction per year and store, so the search index and the seal triggers do their work as
// they would for records typed in. Each past meeting is then signed from the record as the
// app reads it (loadMeetingDetail → sealHashOf), its book entries sealed, and the audit log
// gets one chained entry per change the app would have audited.

export const migrationsRoot = resolve(__dirname, '../../electron/core/db/migrations')
export const benchUser = { username: 'admin', displayName: '王秘书', password: 'Bench#Yishi2026' }

export interface BuildOptions {
  dataDir: string
  years: number
  /** The last year built; meetings run up to `today` in it, with one still to come. */
  today: string
  kdfCost?: KdfCost
  materialBytes?: [number, number]
  /** The realistic profile: 0.2–5 MB per material for a `scale` share of topics (the others small). */
  realistic?: { scale: number }
  /** The core's clock (the bench moves it a day on to make the daily backup due). */
  now?: () => Date
  seed?: number
  /** The OS dialogs the core asks (the backup benchmark answers the folder picker). */
  shell?: ShellServices
  log?: (line: string) => void
}

type CountedRecords = 'people' | 'memberships' | 'meetings' | 'topics' | 'agendaItems' | 'speeches' | 'decisions' | 'materials' | 'followUpTasks'
  | 'auditEntries' | 'searchRows' | 'cadres' | 'bookEntries' | 'candidateDecisions' | 'memberViews'
export type VaultCounts = Record<CountedRecords, number>

export interface BuiltVault {
  core: YishiCore
  seconds: number
  counts: VaultCounts
  /** The newest signed standing-committee meeting with 20 topics (the 纪要 benchmark's meeting). */
  twentyTopicMeetingId: string
}

const sql = (core: YishiCore) => {
  const vault = core.context.session?.vault
  if (!vault?.personnelSqlite || !vault.personnel) throw new Error('the bench vault must be unlocked by a holder of the personnel grant')
  return vault as typeof vault & { personnelSqlite: NonNullable<typeof vault.personnelSqlite>; personnel: NonNullable<typeof vault.personnel> }
}

function yearPlan(year: number, today: string, random: DemoRandom): MeetingPlan[] {
  const standing = Array.from({ length: 28 }, (_, k) => ({ bodyId: standingBodyId, date: addDays(`${year}-01-08`, 13 * k), topicCount: k === 27 ? 20 : random.int(10, 19) }))
  const secretary = Array.from({ length: 12 }, (_, k) => ({ bodyId: secretaryBodyId, date: addDays(`${year}-01-20`, 30 * k), topicCount: random.int(5, 11) }))
  const all = [...standing, ...secretary].sort((a, b) => a.date.localeCompare(b.date))
  const past = all.filter((plan) => plan.date <= today)
  const next = all.find((plan) => plan.date > today && plan.bodyId === standingBodyId)
  // The year's last held standing meeting has 20 topics (the 纪要 benchmark needs one in a 1-year build too).
  const lastHeld = past.filter((plan) => plan.bodyId === standingBodyId).at(-1)
  if (lastHeld) lastHeld.topicCount = 20
  const kept = next ? [...past, next] : past
  const sequences = new Map<string, number>()
  return kept.map((plan) => {
    const sequence = (sequences.get(plan.bodyId) ?? 0) + 1
    sequences.set(plan.bodyId, sequence)
    return { ...plan, sequence, upcoming: plan.date > today }
  })
}

export async function buildSyntheticVault(options: BuildOptions): Promise<BuiltVault> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  const core = createCore({ dataDir: options.dataDir, migrations: { root: migrationsRoot }, kdfCost: options.kdfCost, shell: options.shell, now: options.now })
  await benchCall(core, 'vault.create', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', admin: benchUser })
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  // Automatic backups on lock would copy the whole vault after every unlock measurement.
  await benchCall(core, 'backup.updateSettings', { autoEnabled: false, keep: 10 })

  const vault = sql(core)
  const session = core.context.session!
  const actor = session.actor
  const random = new DemoRandom(options.seed ?? 20261123)
  const lastYear = Number(options.today.slice(0, 4))
  const firstYear = lastYear - options.years + 1
  const at = new Date().toISOString()
  const roster = vault.mainSqlite.transaction(() => buildRoster(vault.mainSqlite, random, firstYear, lastYear, at, actor.userId!))()
  const small: [number, number] = options.materialBytes ?? [2048, 12288]
  const realistic = options.realistic
  const materialSize = realistic ? () => (random.next() < realistic.scale ? random.int(200_000, 5_000_000) : random.int(small[0], small[1])) : undefined
  const sealMaterial = (rowId: string, content: Buffer) => {
    // Not fsynced one by one: a benchmark vault that a crash damages is simply built again.
    const file = sealNewFile(session.vault.paths.dir, { bytes: content }, false)
    const columns = fileColumnsFor(session.vault.mainKey, 'material', rowId, file)
    file.fileKey.fill(0)
    return { size: columns.size, sha256: columns.sha256, fileId: columns.fileId, fileKey: columns.fileKey }
  }
  const writeMeeting = meetingWriter(vault.mainSqlite, random, roster, { materialBytes: small, materialSize, sealMaterial, today: options.today, userId: actor.userId!, userName: actor.userName })
  const book = personnelWriter(vault.personnelSqlite, random, actor.userId!, options.today)
  const bodyNames = new Map([[standingBodyId, '常委会会议'], [secretaryBodyId, '书记专题会议']])
  let twentyTopicMeetingId = ''

  const signingPublicKey = session.vault.entry.signing?.publicKey
  const sign = (meeting: WrittenMeeting) => {
    const detail = loadMeetingDetail(vault.main, meeting.id)
    const signedAt = `${meeting.plan.date}T06:00:00.000Z`
    const sealHash = sealHashOf(detail)
    // Signed with the builder's signing key, as 签发 signs (records/seal-signature.ts).
    const sealSignature = signingPublicKey ? signSeal(session.vault.signingKey, signingPublicKey, meeting.id, sealHash) : null
    vault.mainSqlite
      .prepare(`update meetings set status = 'signed', signed_at = ?, signed_by = ?, signed_by_name = ?, seal_hash = ?, seal_signature = ?, updated_at = ? where id = ?`)
      .run(signedAt, actor.userId, actor.userName, sealHash, sealSignature, signedAt, meeting.id)
    if (meeting.personnelItem) {
      const signer = signingPublicKey ? { userId: actor.userId!, signingKey: session.vault.signingKey, publicKey: signingPublicKey } : null
      sealBookEntriesForMeeting(vault.personnel, meeting.id, { chairName: meeting.chair.name, recorderName: actor.userName, signer }, new Date(signedAt))
    }
    meeting.audit.push({ action: 'meetings.sign', entity: 'meeting', entityId: meeting.id, summary: `签发${detail.label}，会议记录封存（校验值 SHA-256 ${sealHash}）`, at: signedAt })
  }

  for (let year = firstYear; year <= lastYear; year++) {
    const yearStarted = performance.now()
    const plans = yearPlan(year, options.today, random)
    vault.mainSqlite.transaction(() =>
      vault.personnelSqlite.transaction(() => {
        for (const plan of plans) {
          const meeting = writeMeeting(plan, (item) => {
            const slot = book.nextSlot(year, `${plan.date}T03:00:00.000Z`)
            const label = entryLabel(year, slot.bookNumber, slot.number)
            return { text: hiddenPersonnelText(label), write: (written) => book.write(written, item, slot, labelOf({ date: plan.date, sequence: plan.sequence, bodyName: bodyNames.get(plan.bodyId)!, numbering: 'year', termName: null }), random.int(18, 30)) }
          })
          if (!plan.upcoming) sign(meeting)
          if (!plan.upcoming && plan.topicCount === 20 && plan.bodyId === standingBodyId) twentyTopicMeetingId = meeting.id
          for (const entry of meeting.audit.sort((a, b) => a.at.localeCompare(b.at))) appendAudit(vault.main, actor, entry, new Date(entry.at))
        }
      })(),
    )()
    log(`  ${year}: ${plans.length} 次会议，${((performance.now() - yearStarted) / 1000).toFixed(1)} s`)
  }
  const count = (db: typeof vault.mainSqlite, table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const counts: VaultCounts = {
    people: count(vault.mainSqlite, 'people'),
    memberships: count(vault.mainSqlite, 'memberships'),
    meetings: count(vault.mainSqlite, 'meetings'),
    topics: count(vault.mainSqlite, 'topics'),
    agendaItems: count(vault.mainSqlite, 'agenda_items'),
    speeches: count(vault.mainSqlite, 'speeches'),
    decisions: (vault.mainSqlite.prepare(`select count(*) as n from agenda_items where outcome = 'passed'`).get() as { n: number }).n,
    materials: count(vault.mainSqlite, 'topic_materials'),
    followUpTasks: count(vault.mainSqlite, 'follow_up_tasks'),
    auditEntries: count(vault.mainSqlite, 'audit_log'),
    searchRows: count(vault.mainSqlite, 'search_index'),
    cadres: count(vault.personnelSqlite, 'cadres'),
    bookEntries: count(vault.personnelSqlite, 'book_entries'),
    candidateDecisions: count(vault.personnelSqlite, 'entry_decisions'),
    memberViews: count(vault.personnelSqlite, 'entry_member_views'),
  }
  vault.mainSqlite.pragma('wal_checkpoint(TRUNCATE)')
  vault.personnelSqlite.pragma('wal_checkpoint(TRUNCATE)')
  return { core, seconds: (performance.now() - started) / 1000, counts, twentyTopicMeetingId }
}
