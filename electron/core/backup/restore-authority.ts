import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { mainDatabase } from '../db/migrate'
import { users, vaultInfo } from '../db/schema/main'
import { wipe } from '../vault/crypto'
import { readKeyFile } from '../vault/keyfile'
import { recordHash, verifyKeyFile } from '../vault/ledger'
import { vaultFilesState, vaultPaths } from '../vault/paths'
import { openEncryptedStore } from '../vault/store'
import { openUserDataKey, unwrapPrivateKey } from '../vault/user-keys'

/*
 * Restoring over an existing vault replaces it, so it needs an administrator of *that* vault,
 * not only of the backup: otherwise a disabled administrator could bring back a backup from
 * when they still were one. In a session the session's (signed) roles decide; while locked
 * (the damaged-vault screen) the credentials must open the current vault as an administrator
 * too. A new computer (no vault) restores without it.
 */

interface RestoreCredentials {
  username: string
  password: string
}

/** Records the replacement in the current vault's audit log; release() closes what it holds. */
export interface CurrentVaultRecorder {
  record: (summary: string) => void
  release: () => void
}

const nothingHeld: Omit<CurrentVaultRecorder, 'record'> = { release: () => undefined }

/** Null when there is nothing to replace, or no current store to record in. */
export function assertMayReplaceVault(core: CoreContext, credentials: RestoreCredentials): Promise<CurrentVaultRecorder | null> {
  const paths = vaultPaths(core.options.dataDir)
  if (vaultFilesState(paths) === 'absent') return Promise.resolve(null)
  const session = core.session
  if (session) {
    if (!session.roles.includes('admin')) return Promise.reject(new AppError('RESTORE_FORBIDDEN', '只有本机数据库的管理员才能用备份替换当前数据。当前数据未作任何改动。'))
    return Promise.resolve({ ...nothingHeld, record: (summary) => appendAudit(session.db, session.actor, { action: 'backup.restore', entity: 'backup', summary }, core.now()) })
  }
  return lockedAdministrator(core, credentials)
}

async function lockedAdministrator(core: CoreContext, credentials: RestoreCredentials): Promise<CurrentVaultRecorder | null> {
  const paths = vaultPaths(core.options.dataDir)
  const forbidden = () => new AppError('RESTORE_FORBIDDEN', '本机已有数据库：须由它的启用的管理员用当前密码恢复（或先解锁再恢复）。当前数据未作任何改动。')
  let keyFile
  try {
    keyFile = readKeyFile(paths.keyFile)
  } catch {
    // The key file itself is unreadable: nobody can prove anything about the current vault.
    return null
  }
  let unwrapped
  try {
    unwrapped = await unwrapPrivateKey(keyFile, credentials.username, credentials.password)
  } catch {
    core.throttle.recordFailure()
    throw forbidden()
  }
  const mainKey = openUserDataKey(unwrapped.entry, unwrapped.privateKey, 'main')
  wipe(unwrapped.privateKey, unwrapped.signingKey)
  let sqlite
  try {
    sqlite = mainKey ? openEncryptedStore(paths.main, mainKey, { create: false }) : null
  } catch {
    sqlite = null
  } finally {
    wipe(mainKey)
  }
  if (!sqlite) {
    // The store is damaged: only the key file can say who is an administrator.
    if (!keyFile.ledger?.[0]) throw forbidden()
    const state = verifyKeyFile(keyFile, recordHash(keyFile.vaultId, keyFile.ledger[0])).states.get(unwrapped.entry.userId)
    if (!state?.roles.includes('admin')) throw forbidden()
    return null
  }
  const db = mainDatabase(sqlite)
  try {
    const anchor = db.select().from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.keyAnchor ?? null
    const row = db.select().from(users).where(eq(users.id, unwrapped.entry.userId)).get()
    const admin = anchor ? verifyKeyFile(keyFile, anchor).states.get(unwrapped.entry.userId)?.roles.includes('admin') : row?.roles.includes('admin') && !row.disabled
    if (!admin || !row) throw forbidden()
  } catch (error) {
    sqlite.close()
    throw error
  }
  const actor = { userId: unwrapped.entry.userId, userName: db.select().from(users).where(eq(users.id, unwrapped.entry.userId)).get()?.displayName ?? credentials.username }
  return {
    record: (summary: string) => appendAudit(db, actor, { action: 'backup.restore', entity: 'backup', summary }, core.now()),
    release: () => {
      if (sqlite.open) sqlite.close()
    },
  }
}
