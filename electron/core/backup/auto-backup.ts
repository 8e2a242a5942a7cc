import { rmSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { AppError, errorMessages } from '../../../shared/errors'
import type { LockReason } from '../../../shared/ipc/contract'
import { backupTriggerLabels, dailyBackupIntervalMs, type BackupTrigger } from '../../../shared/settings/backup-settings'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MigrationsLocation } from '../db/migrate'
import { vaultInfo } from '../db/schema/main'
import type { Session } from '../session'
import { isAutomatic } from './backup-manifest'
import { findBackups } from './backup-folder'
import { backupLocation, defaultBackupFolder, mirrorLocation } from './backup-location'
import { removeLeftoverPartials } from './partial-backups'
import { readBackupSettings, writeLastAutomatic } from './backup-settings-store'
import { writeVerifiedBackup } from './backup-writer'
import { storeDamageIn } from '../vault/store-damage'

type AutomaticTrigger = Exclude<BackupTrigger, 'manual'>

/** The automatic backups in a folder, newest first (backups made by 备份到… are never counted or removed). */
export function automaticBackups(folder: string, migrations: MigrationsLocation) {
  return findBackups(folder, migrations).filter((found) => found.manifest && isAutomatic(found.manifest.trigger))
}

/** Keeps the newest `keep` automatic backups in the folder and removes the older ones. */
export function rotateAutomaticBackups(folder: string, keep: number, migrations: MigrationsLocation): void {
  for (const old of automaticBackups(folder, migrations).slice(keep)) rmSync(old.dir, { recursive: true, force: true })
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
  const label = backupTriggerLabels[trigger]
  let record: { action: string; summary: string; ok: boolean; message: string | null }
  try {
    const stored = readBackupSettings(session.db)
    if (!stored.autoEnabled) return
    const folder = backupLocation(core.options.dataDir, stored.folder).path
    const written = writeVerifiedBackup(session.vault, folder, trigger, now, core.options.migrations)
    rotateAutomaticBackups(folder, stored.keep, core.options.migrations)
    record = { action: 'backup.auto', summary: `${label}：已写入并校验（${written.name}）`, ok: true, message: null }
  } catch (error) {
    const damage = storeDamageIn(error)
    if (damage) throw damage
    const message = error instanceof AppError ? error.message : errorMessages.BACKUP_FAILED
    record = { action: 'backup.autoFailed', summary: `${label}失败：${message}`, ok: false, message }
  }
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

/**
 * On unlock: keep the clear copy of the folder setting in step (a restored vault may name
 * another folder), remove half-written backups, and back up if the newest automatic backup,
 * or a vault without any the vault's creation, is more than a day old. Throws only for a
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
    const newest = automaticBackups(folder, core.options.migrations)[0]?.manifest?.createdAt
    const since = newest ?? session.db.select().from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.createdAt
    const age = core.now().getTime() - new Date(since ?? 0).getTime()
    if (age >= dailyBackupIntervalMs) runAutomaticBackup(core, session, 'daily')
  } catch (error) {
    const damage = storeDamageIn(error)
    if (damage) throw damage
    console.error('解锁后的自动备份检查失败', error)
  }
}
