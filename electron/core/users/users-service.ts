import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { roleLabels, type Role } from '../../../shared/auth/roles'
import { AppError } from '../../../shared/errors'
import type { KeyRotation } from '../../../shared/ipc/channels/keys'
import type { UserDisabled, UserSummary } from '../../../shared/ipc/channels/users'
import { appendAudit, type AuditRecord } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { users } from '../db/schema/main'
import type { Session, UserRow } from '../session'
import { refreshOwnEntry, rotateStores, rotationSummary } from '../keys/rotate-keys'
import type { KeyFile, KeyFileUser, LedgerState, StoreName } from '../vault/keyfile'
import { sameRoles, stateOf } from '../vault/ledger'
import { writeKeyFileInTransaction } from '../vault/settle-key-file'
import { readVerifiedKeyFile, signedUserChange } from '../vault/signed-change'
import { newKeyFileUser, replaceKeyFileUser, withNewKeyFileUser, withPersonnelKey } from '../vault/user-keys'
import { assertAcceptablePassword } from '../vault/vault'

export function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    personnelGrant: row.personnelGrant,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export function listUsers(db: MainDb): UserSummary[] {
  return db.select().from(users).orderBy(asc(users.createdAt)).all().map(toSummary)
}

function findUser(db: MainDb, id: string): UserRow {
  const row = db.select().from(users).where(eq(users.id, id)).get()
  if (!row) throw new AppError('USER_NOT_FOUND')
  return row
}

function describeRoles(roleList: readonly string[], personnelGrant: boolean): string {
  const names = roleList.map((role) => roleLabels[role as Role] ?? role)
  return personnelGrant ? `${names.join('、')}＋干部任免` : names.join('、')
}

/**
 * Refuses a change that would leave no enabled administrator, or nobody able to open the
 * personnel book. `after` is the target user's row as it would be after the change.
 */
function assertKeepsStewards(db: MainDb, after: UserRow): void {
  const everyone = db.select().from(users).all().map((row) => (row.id === after.id ? after : row))
  const active = everyone.filter((row) => !row.disabled)
  if (!active.some((row) => row.roles.includes('admin'))) throw new AppError('LAST_ADMIN')
  if (!active.some((row) => row.personnelGrant)) throw new AppError('LAST_PERSONNEL_HOLDER')
}

/**
 * Writes a user's row change, its audit entry and (when its keys change) the key file in one
 * transaction. The key file is versioned against the database (settle-key-file.ts), so a
 * crash before COMMIT leaves a file the next unlock puts back as it was.
 */
function commitUserChange(
  session: SessionLike,
  change: { row: UserRow; insert: boolean; keyFile: { agreed: KeyFile; next: KeyFile; state: LedgerState | null } | null; audit: AuditRecord },
  now: Date,
  rotate: readonly StoreName[] = [],
): void {
  // Roles, grant and keys are what the administrator signs (vault/ledger.ts); the row is their display copy.
  const signed = change.keyFile ? signedUserChange(session.vault, change.keyFile.agreed, { subject: change.row.id, state: change.keyFile.state, at: now.toISOString() }) : null
  const write = (tx: MainDb) => {
    if (change.insert) tx.insert(users).values(change.row).run()
    else tx.update(users).set(change.row).where(eq(users.id, change.row.id)).run()
    appendAudit(tx, session.actor, change.audit, now)
  }
  if (change.keyFile && rotate.length > 0) {
    // Taking keys away moves the stores to new keys in the same step (keys/rotate-keys.ts).
    rotateStores(session.vault, rotate, { users: change.keyFile.next.users, sign: signed?.sign, write })
    refreshOwnEntry(session.vault)
  } else {
    session.db.transaction((tx) => {
      if (change.keyFile) writeKeyFileInTransaction(tx, session.vault.paths.keyFile, change.keyFile.agreed, change.keyFile.next.users, signed?.sign)
      write(tx)
    })
  }
  signed?.done()
}

/**
 * The stores whose keys go with a user's entry (停用) or personnel key (revoking the grant):
 * those this administrator holds; the personnel store is skipped (and said so) without its key.
 */
function storesToRotate(session: SessionLike, keyFileEntry: KeyFileUser | undefined, stores: readonly StoreName[]): KeyRotation {
  const affected = stores.filter((store) => keyFileEntry?.sealedKeys[store] !== undefined)
  const rotated = affected.filter((store) => store === 'main' || session.vault.personnelSqlite !== null)
  return { rotated, personnelSkipped: affected.length > rotated.length }
}

function rotationNote(rotation: KeyRotation): string {
  return rotation.rotated.length > 0 ? `，并${rotationSummary(rotation)}` : rotationSummary(rotation)
}

type SessionLike = Pick<Session, 'db' | 'actor' | 'vault' | 'user'>

function personnelKeyFor(session: SessionLike, wanted: boolean): Buffer | null {
  if (!wanted) return null
  if (!session.vault.personnelKey) throw new AppError('PERSONNEL_KEY_UNAVAILABLE')
  return session.vault.personnelKey
}

export async function createUser(
  session: SessionLike,
  core: CoreContext,
  input: { username: string; displayName: string; roles: Role[]; personnelGrant: boolean; password: string },
): Promise<UserSummary> {
  if (session.db.select().from(users).where(eq(users.username, input.username)).get()) throw new AppError('USER_EXISTS')
  assertAcceptablePassword(input.password)
  const personnelKey = personnelKeyFor(session, input.personnelGrant)
  const id = randomUUID()
  const keyFile = readVerifiedKeyFile(session.vault, session.db)
  const entry = await newKeyFileUser({
    vaultId: keyFile.vaultId,
    userId: id,
    username: input.username,
    password: input.password,
    dataKeys: { main: session.vault.mainKey, personnel: personnelKey },
    kdfCost: core.options.kdfCost,
  })
  const now = core.now()
  const at = now.toISOString()
  const row: UserRow = {
    id,
    username: input.username,
    displayName: input.displayName,
    roles: input.roles,
    personnelGrant: input.personnelGrant,
    disabled: false,
    mustChangePassword: true,
    createdAt: at,
    createdBy: session.user.id,
    updatedAt: at,
    updatedBy: session.user.id,
  }
  commitUserChange(
    session,
    {
      row,
      insert: true,
      keyFile: { agreed: keyFile, next: withNewKeyFileUser(keyFile, entry), state: stateOf(entry, input.roles, input.personnelGrant) },
      audit: { action: 'users.create', entity: 'user', entityId: id, summary: `新建用户 ${input.displayName}（${input.username}），角色：${describeRoles(input.roles, input.personnelGrant)}` },
    },
    now,
  )
  return toSummary(row)
}

export function updateUser(
  session: SessionLike,
  core: CoreContext,
  input: { id: string; displayName: string; roles: Role[]; personnelGrant: boolean },
): UserSummary {
  const before = findUser(session.db, input.id)
  if (input.id === session.user.id && !input.roles.includes('admin')) throw new AppError('SELF_CHANGE_FORBIDDEN')
  const now = core.now()
  const after: UserRow = { ...before, displayName: input.displayName, roles: input.roles, personnelGrant: input.personnelGrant, updatedAt: now.toISOString(), updatedBy: session.user.id }
  assertKeepsStewards(session.db, after)

  const keyFile = readVerifiedKeyFile(session.vault, session.db)
  const entry = keyFile.users.find((user) => user.userId === input.id)
  const grantChanged = before.personnelGrant !== input.personnelGrant && entry !== undefined
  const rolesChanged = !sameRoles(before.roles as Role[], input.roles)
  const nextEntry = entry && grantChanged ? withPersonnelKey(entry, input.personnelGrant ? personnelKeyFor(session, true) : null) : entry
  // Signed vaults record every change of roles or grant; before the upgrade only the grant's key moves.
  const signs = session.vault.authority !== null && (grantChanged || rolesChanged)
  const next = nextEntry && (grantChanged || signs) ? { agreed: keyFile, next: replaceKeyFileUser(keyFile, input.id, nextEntry), state: stateOf(nextEntry, input.roles, input.personnelGrant) } : null
  // Taking the grant away moves the book to a new key: the one the user held opens nothing after.
  const rotation = grantChanged && !input.personnelGrant ? storesToRotate(session, entry, ['personnel']) : { rotated: [], personnelSkipped: false }
  commitUserChange(
    session,
    {
      row: after,
      insert: false,
      keyFile: next,
      audit: {
        action: 'users.update',
        entity: 'user',
        entityId: input.id,
        summary: `修改用户 ${after.displayName}（${after.username}）：角色 ${describeRoles(before.roles, before.personnelGrant)} → ${describeRoles(after.roles, after.personnelGrant)}${rotationNote(rotation)}`,
      },
    },
    now,
    rotation.rotated,
  )
  return toSummary(after)
}

/** 停用: the user's entry leaves the key file and the stores they could open move to new keys, in one step. */
export function disableUser(session: SessionLike, core: CoreContext, id: string): UserDisabled {
  if (id === session.user.id) throw new AppError('SELF_CHANGE_FORBIDDEN')
  const before = findUser(session.db, id)
  const now = core.now()
  const after: UserRow = { ...before, disabled: true, updatedAt: now.toISOString(), updatedBy: session.user.id }
  assertKeepsStewards(session.db, after)
  const keyFile = readVerifiedKeyFile(session.vault, session.db)
  const rotation = storesToRotate(session, keyFile.users.find((user) => user.userId === id), ['main', 'personnel'])
  commitUserChange(
    session,
    {
      row: after,
      insert: false,
      // Removing the entry is what really disables: without it the user can decrypt nothing.
      keyFile: { agreed: keyFile, next: replaceKeyFileUser(keyFile, id, null), state: null },
      audit: { action: 'users.disable', entity: 'user', entityId: id, summary: `停用用户 ${before.displayName}（${before.username}）${rotationNote(rotation)}` },
    },
    now,
    rotation.rotated,
  )
  return { user: toSummary(after), rotation }
}

/**
 * Gives a user a new key pair under a new initial password (and re-enables a disabled
 * user). The personnel key can only be handed on by an administrator who holds it.
 */
export async function resetPassword(session: SessionLike, core: CoreContext, input: { id: string; password: string }): Promise<UserSummary> {
  const before = findUser(session.db, input.id)
  assertAcceptablePassword(input.password)
  const keyFile = readVerifiedKeyFile(session.vault, session.db)
  const keepsPersonnel = before.personnelGrant && session.vault.personnelKey !== null
  if (before.personnelGrant && !keepsPersonnel && isOnlyPersonnelHolder(keyFile, input.id)) throw new AppError('PERSONNEL_KEY_WOULD_BE_LOST')
  const entry: KeyFileUser = await newKeyFileUser({
    vaultId: keyFile.vaultId,
    userId: input.id,
    username: before.username,
    password: input.password,
    dataKeys: { main: session.vault.mainKey, personnel: keepsPersonnel ? session.vault.personnelKey : null },
    kdfCost: core.options.kdfCost,
  })
  const now = core.now()
  const after: UserRow = { ...before, disabled: false, mustChangePassword: true, personnelGrant: keepsPersonnel, updatedAt: now.toISOString(), updatedBy: session.user.id }
  const lost = before.personnelGrant && !keepsPersonnel ? '；因操作人不持有干部任免权限，该用户的干部任免权限已取消' : ''
  commitUserChange(
    session,
    {
      row: after,
      insert: false,
      keyFile: { agreed: keyFile, next: replaceKeyFileUser(keyFile, input.id, entry), state: stateOf(entry, before.roles as Role[], keepsPersonnel) },
      audit: {
        action: before.disabled ? 'users.enable' : 'users.resetPassword',
        entity: 'user',
        entityId: input.id,
        summary: `${before.disabled ? '重新启用并' : ''}重置用户 ${before.displayName}（${before.username}）的密码${lost}`,
      },
    },
    now,
  )
  return toSummary(after)
}

function isOnlyPersonnelHolder(keyFile: KeyFile, userId: string): boolean {
  const holders = keyFile.users.filter((user) => user.sealedKeys.personnel)
  return holders.length === 1 && holders[0]?.userId === userId
}
