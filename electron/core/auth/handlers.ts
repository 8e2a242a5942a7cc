import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import { afterUnlock } from '../backup/auto-backup'
import { users } from '../db/schema/main'
import type { HandlerGroup } from '../handler-types'
import { Session } from '../session'
import { indexMaterialTexts } from '../material-text/index-materials'
import { backfillShortIndex } from '../search/short-index-backfill'
import { prepareVaultFiles } from '../vault-files/after-unlock'
import { readAgreedKeyFile, writeKeyFileInTransaction } from '../vault/settle-key-file'
import { replaceKeyFileUser, rewrapPrivateKey, unwrapPrivateKey } from '../vault/user-keys'
import { restrictVaultFiles } from '../vault/file-modes'
import { storeDamageIn } from '../vault/store-damage'
import { assertAcceptablePassword, closeVault, unlockVault, type OpenVault } from '../vault/vault'
import { wipe } from '../vault/crypto'

export const authHandlers = {
  'auth.unlock': async (input, _session, core) => {
    core.throttle.assertAllowed()
    // One user at a time: unlocking as someone else first closes the current session.
    core.lock('manual')
    let vault: OpenVault
    try {
      vault = await unlockVault(core.options.dataDir, core.options.migrations, input.username, input.password, core.now())
    } catch (error) {
      if (error instanceof AppError && error.code === 'AUTH_FAILED') core.throttle.recordFailure()
      throw error
    }
    core.throttle.recordSuccess()
    // All or nothing: whatever fails from here on (a damaged page under the audit entry, say)
    // closes the stores, wipes the keys and leaves the app locked.
    try {
      restrictVaultFiles(vault.paths)
      const session = new Session(vault)
      core.session = session
      appendAudit(session.db, session.actor, { action: 'auth.unlock', entity: 'session', summary: '解锁' }, core.now())
      prepareVaultFiles(core, session)
      backfillShortIndex(core, session)
      indexMaterialTexts(core, session)
      afterUnlock(core, session)
      return session.info()
    } catch (error) {
      core.session = null
      closeVault(vault)
      throw storeDamageIn(error) ?? error
    }
  },

  'auth.lock': (input, _session, core) => {
    if (core.lockFor(input?.reason ?? 'manual') === 'damaged') throw new AppError('VAULT_DAMAGED')
    return null
  },

  'auth.session': (_input, session) => session?.info() ?? null,

  'auth.changePassword': async (input, session, core) => {
    const keyFilePath = session.vault.paths.keyFile
    const keyFile = readAgreedKeyFile(session.db, keyFilePath)
    let verified: Awaited<ReturnType<typeof unwrapPrivateKey>>
    try {
      verified = await unwrapPrivateKey(keyFile, session.user.username, input.currentPassword)
    } catch (error) {
      if (error instanceof AppError && error.code === 'AUTH_FAILED') throw new AppError('PASSWORD_MISMATCH')
      throw error
    }
    try {
      if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_REUSED')
      assertAcceptablePassword(input.newPassword)
      const entry = await rewrapPrivateKey(verified.entry, verified, input.newPassword, core.options.kdfCost)
      const now = core.now()
      session.db.transaction((tx) => {
        // Versioned against the database: a crash before COMMIT leaves the old password valid.
        writeKeyFileInTransaction(tx, keyFilePath, keyFile, replaceKeyFileUser(keyFile, entry.userId, entry).users)
        tx.update(users).set({ mustChangePassword: false, updatedAt: now.toISOString(), updatedBy: session.user.id }).where(eq(users.id, session.user.id)).run()
        appendAudit(tx, session.actor, { action: 'auth.changePassword', entity: 'user', entityId: session.user.id, summary: '修改本人密码' }, now)
      })
      session.vault.entry = entry
      session.refresh()
      return session.info()
    } finally {
      wipe(verified.privateKey, verified.signingKey)
    }
  },
} satisfies HandlerGroup<'auth.unlock' | 'auth.lock' | 'auth.session' | 'auth.changePassword'>
