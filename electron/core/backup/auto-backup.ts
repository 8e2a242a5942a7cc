import { readdirSync, renameSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { AppError, errorMessages } from '../../../shared/errors'
import type { LockReason } from '../../../shared/ipc/contract'
import { backupTriggerLabels, dailyBackupIntervalMs, type BackupTrigger } from '../../../shared/settings/backup-settings'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MigrationsLocation } from '../db/migrate'
import { vaultInfo } from '../db/schema/main'
import type { Session } from '../session'
import { isAutomatic, pagesChecked, type BackupManifest } from './backup-manifest'
import { findBackups } from './backup-folder'
import { backupLocation, defaultBackupFolder, mirrorLocation } from './backup-location'
import { removeLeftoverPartials } from './partial-backups'
import { readBackupSettings, writeLastAutomatic } from './backup-settings-store'
import { writeVerifiedBackup, writeVerifiedBackupInBackground } from './backup-writer'
import { storeDamageIn } from '../vault/store-damage'

type AutomaticTrigger = Exclude<BackupTrigger, 'manual'>

/** The automatic backups in a folder, newest first (backups made by 备份到… are never counted or removed). */
export function automaticBackups(folder: string, migrations: MigrationsLocation, manifestOnly = false) {
  return findBackups(folder, migrations, manifestOnly).filter((found) => found.manifest && isAutomatic(found.manifest.trigger))
}

/** The newest of these backups whose pages were all read when written (lock and quit only compare their copies). */
function newestPageChecked<T extends { manifest: BackupManifest | null }>(backups: readonly T[]): T | undefined {
  return backups.find((backup) => backup.manifest !== null && pagesChecked(backup.manifest))
}

const removingSuffix = '.removing'

/**
 * Keeps the newest `keep` automatic backups in the folder and removes the older ones. Each is
 * first renamed to a hidden name (one quick step: it is no longer offered), then deleted in
 * the background — thousands of linked files take a while, and lock must not wait for them.
 * A deletion a quit cut short is finished by the next rotation.
 */
export function rotateAutomaticBackups(folder: string, keep: number, migrations: MigrationsLocation): Promise<void> {
  const found = automaticBackups(folder, migrations, true)
  // The newest backup whose pages were all read is kept whatever its age, so a store damaged
  // since is never left with only copies of the damage.
  const newestChecked = newestPageChecked(found)
  return removeBackups(folder, found.slice(keep).filter((backup) => backup !== newestChecked))
}

/** Each backup hidden at once (renamed), then deleted in the background; returns when the deletions end. */
export function removeBackups(folder: string, backups: readonly { dir: string; name: string }[]): Promise<void> {
  for (const old of backups) {
    try {
      renameSync(old.dir, join(folder, `.${old.name}${removingSuffix}`))
    } catch {
      // Gone already, or the drive refuses: the next rotation tries again.
    }
  }
  let leftovers: string[]
  try {
    leftovers = readdirSync(folder).filter((name) => name.startsWith('.yishi-backup-') && name.endsWith(removingSuffix))
  } catch {
    return Promise.resolve()
  }
  return Promise.all(leftovers.map((name) => rm(join(folder, name), { recursive: true, force: true }).catch(() => undefined))).then(() => undefined)
}

/**
 * One automatic backup into the configured folder, then rotation. Never throws but for a
 * damaged store (StoreDamagedError, which lock() and unlock report as such): it runs inside
 * lock() and on unlock, and a full USB drive must not keep the vault open. The outcome is
 * kept in the encrypted settings (the backup tab shows a failure) and in the audit log; a
 * damaged store is not written to, and no older backup is rotated away.
 */
export function runAutomaticBackup(core: CoreContext, session: Session, trigger: AutomaticTrigger): void {
  const now = core.now()
  let record: BackupRecord
  try {
    const stored = readBackupSettings(session.db)
    if (!stored.autoEnabled) return
    const folder = backupLocation(core.options.dataDir, stored.folder).path
    const written = writeVerifiedBackup(session.vault, folder, trigger, now, core.options.migrations)
    // After the lock has returned: reading the folder's manifests is no part of it.
    setImmediate(() => void rotateAutomaticBackups(folder, stored.keep, core.options.migrations))
    record = succeeded(trigger, written.name)
  } catch (error) {
    const damage = storeDamageIn(error)
    if (damage) throw damage
    record = failed(trigger, error)
  }
  recordOutcome(session, trigger, now, record)
}

interface BackupRecord {
  action: string
  summary: string
  ok: boolean
  message: string | null
}

const succeeded = (trigger: AutomaticTrigger, name: string): BackupRecord => ({ action: 'backup.auto', summary: `${backupTriggerLabels[trigger]}：已写入并校验（${name}）`, ok: true, message: null })

function failed(trigger: AutomaticTrigger, error: unknown): BackupRecord {
  const message = error instanceof AppError ? error.message : errorMessages.BACKUP_FAILED
  return { action: 'backup.autoFailed', summary: `${backupTriggerLabels[trigger]}失败：${message}`, ok: false, message }
}

function recordOutcome(session: Session, trigger: AutomaticTrigger, now: Date, record: BackupRecord): void {
  try {
    session.db.transaction((tx) => {
      writeLastAutomatic(tx, { at: now.toISOString(), trigger, ok: record.ok, message: record.message }, session.actor, now)
      appendAudit(tx, session.actor, { action: record.action, entity: 'backup', summary: record.summary }, now)
    })
  } catch (error) {
    // The store itself failed; the lock goes on and the stores close regardless.
    console.error('自动备份的结果无法记录', error)
  }
}

/** Lock and quit back up first (a restore has just kept the current vault aside: no need). */
export function backupBeforeLock(core: CoreContext, session: Session, reason: LockReason): void {
  if (reason === 'restore') return
  runAutomaticBackup(core, session, reason === 'quit' ? 'quit' : 'lock')
}

const dailyBackups = new WeakMap<Session, Promise<void>>()
const dailyBackupDelayMs = 1500

/**
 * The daily backup, in the background: the stores are copied and checked on a worker thread
 * and the new files copied asynchronously, with the bytes reported as `backup.progress`, so
 * the first screen never waits for it. A lock meanwhile does not stop it (it holds its own
 * copy of the keys, wiped when done); its outcome is recorded if the session is still open.
 */
function runDailyBackupInBackground(core: CoreContext, session: Session, folder: string, keep: number): Promise<void> {
  const now = core.now()
  const progress = (copiedBytes: number, totalBytes: number) => core.options.onAppEvent?.('backup.progress', { copiedBytes, totalBytes })
  return writeVerifiedBackupInBackground(session.vault, folder, now, core.options.migrations, progress, 'daily')
    .then(async (written) => {
      await rotateAutomaticBackups(folder, keep, core.options.migrations)
      return succeeded('daily', written.name)
    })
    .catch((error: unknown) => {
      // The daily backup reads every page of the stores: a damaged one ends the session as
      // any damaged read does (the window shows the damage and offers the restore).
      if (storeDamageIn(error) && core.session === session) {
        core.lock('damaged')
        return null
      }
      return failed('daily', error)
    })
    .then((record) => {
      if (!record) return
      if (core.session === session) recordOutcome(session, 'daily', now, record)
      else if (!record.ok) console.error('后台的每日自动备份失败', record.summary)
    })
}

/** Resolves when the daily backup started at this session's unlock has finished (tests, bench). */
export function dailyBackupSettled(session: Session): Promise<void> {
  return dailyBackups.get(session) ?? Promise.resolve()
}

/**
 * On unlock: keep the clear copy of the folder setting in step (a restored vault may name
 * another folder), remove half-written backups, and back up if the newest automatic backup
 * whose pages were read, or a vault without any the vault's creation, is more than a day old
 * (in the background, a damaged store found by it locks as damaged). Throws only for a
 * damaged store (the unlock then fails as VAULT_DAMAGED).
 */
export function afterUnlock(core: CoreContext, session: Session): void {
  try {
    const stored = readBackupSettings(session.db)
    mirrorLocation(core.options.dataDir, stored.folder)
    const folder = backupLocation(core.options.dataDir, stored.folder).path
    // Half-written backups a crash left behind, in the folder in use and the default one.
    for (const parent of new Set([folder, defaultBackupFolder(core.options.dataDir)])) removeLeftoverPartials(parent)
    if (!stored.autoEnabled) return
    // Due a day after the newest automatic backup whose pages were all read (lock and quit
    // only compare their copies), so the stores are read whole at least once a day of use.
    const newest = newestPageChecked(automaticBackups(folder, core.options.migrations, true))?.manifest?.createdAt
    const since = newest ?? session.db.select().from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.createdAt
    const age = core.now().getTime() - new Date(since ?? 0).getTime()
    // Started once the unlock has answered and the first screen has loaded: even its set-up
    // (listing the backups, reading the rows) stays off the unlock's path.
    if (age >= dailyBackupIntervalMs) {
      const started = new Promise<void>((resolve) => setTimeout(resolve, dailyBackupDelayMs)).then(() => (core.session === session ? runDailyBackupInBackground(core, session, folder, stored.keep) : undefined))
      dailyBackups.set(session, started)
    }
  } catch (error) {
    const damage = storeDamageIn(error)
    if (damage) throw damage
    console.error('解锁后的自动备份检查失败', error)
  }
}
