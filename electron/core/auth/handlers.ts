import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import { afterUnlock } from '../backup/auto-backup'
import { users } from '../db/schema/main'
import type { HandlerGroup } from '../ipc/handler-types'
import { Session } from '../session'
import { prepareVaultFiles } from '../vault-files/after-unlock'
import { readAgreedKeyFile, writeKeyFileInTransaction } from '../vault/settle-key-file'
import { replaceKeyFileUser, rewrapPrivateKey, unwrapPrivateKey } from '../vault/user-keys'
import { assertAcceptablePassword, unlockVault } from '../vault/vault'
import { wipe } from '../vault/crypto'

export const authHandlers = {
  'auth.unlock': async (input, _session, core) => {
    core.throttle.assertAllowed()
    // One user at a time: unlocking as someone else first closes the current session.
    core.lock('manual')
    let session: Session
    try {
      session = new Session(await unlockVault(core.options.dataDir, core.options.migrations, input.username, input.password))
    } catch (error) {
      if (error instanceof AppError && error.code === 'AUTH_FAILED') core.throttle.recordFailure()
      throw error
    }
    core.throttle.recordSuccess()
    core.session = session
    appendAudit(session.db, session.actor, { action: 'auth.unlock', entity: 'session', summary: '解锁' }, core.now())
    prepareVaultFiles(core, session)
    afterUnlock(core, session)
    return session.info()
  },

  'auth.lock': (input, _session, core) => {
    core.lock(input?.reason ?? 'manual')
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
      const entry = await rewrapPrivateKey(verified.entry, verified.privateKey, input.newPassword, core.options.kdfCost)
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
      wipe(verified.privateKey)
    }
  },
} satisfies HandlerGroup<'auth.unlock' | 'auth.lock' | 'auth.session' | 'auth.changePassword'>
