import { eq } from 'drizzle-orm'
import { roleLabels, type Role } from '../../../shared/auth/roles'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { signingKeys, users, vaultInfo } from '../db/schema/main'
import { keyFileFormat, type KeyFile, type KeyFileUser, type LedgerRecord, type LedgerState } from './keyfile'
import { appendRecord, recordHash, replayLedger, sameRoles, stateOf, verifyKeyFile, type Authority, type VerifiedPrefix } from './ledger'
import { assertNotRolledBack } from './rollback'
import { writeKeyFileInTransaction } from './settle-key-file'
import type { UnwrappedKeys } from './user-keys'

/*
 * At unlock, after the stores opened: who the user is comes from the signed key file, not from
 * main.db's rows, which every key holder can rewrite. The rows are a display copy: a row that
 * says otherwise is put back and the change reported. A key file from before signing is signed
 * by the first administrator who unlocks (the upgrade); until then roles come from the rows, as
 * before, and the session says the vault awaits the upgrade.
 */

export interface UnlockedAuthority {
  authority: Authority | null
  /** The roles and grant this session acts with. */
  roles: Role[]
  personnelGrant: boolean
  entry: KeyFileUser
  notices: string[]
}

type UserRow = typeof users.$inferSelect

export const awaitingUpgradeNotice = '本数据库的密钥文件尚未启用管理员签名保护：角色仍以数据库中的记录为准。请管理员登录一次，以完成升级。'

function describe(roles: readonly string[], grant: boolean): string {
  const names = roles.map((role) => roleLabels[role as Role] ?? role).join('、') || '无'
  return grant ? `${names}＋干部任免` : names
}

export function establishAuthority(args: { db: MainDb; keyFilePath: string; signedHeadPath: string; keyFile: KeyFile; unwrapped: UnwrappedKeys; entry: KeyFileUser; user: UserRow; now: Date }): UnlockedAuthority {
  const { db, keyFile, user } = args
  const info = db.select({ anchor: vaultInfo.keyAnchor, verified: vaultInfo.keyLedgerVerified }).from(vaultInfo).where(eq(vaultInfo.id, 1)).get()
  const anchor = info?.anchor ?? null
  if (!anchor && keyFile.ledger) throw new AppError('VAULT_TAMPERED', undefined, { problem: '数据库中的信任锚被删除' })
  if (anchor && !keyFile.ledger) throw new AppError('VAULT_TAMPERED', undefined, { problem: '密钥文件的签名记录被删除' })
  if (!anchor) {
    if (user.disabled) throw new AppError('AUTH_FAILED')
    if (!user.roles.includes('admin')) return { authority: null, roles: user.roles as Role[], personnelGrant: user.personnelGrant, entry: args.entry, notices: [awaitingUpgradeNotice] }
    return upgrade(args)
  }
  let authority = verifyKeyFile(keyFile, anchor, verifiedPrefix(info?.verified ?? null))
  const state = authority.states.get(args.entry.userId)
  if (!state) throw new AppError('AUTH_FAILED')
  let entry = args.entry
  if (state.signingPublicKey === null) {
    // Signed in an upgrade before this user had a signing key: they add their own, once.
    entry = { ...args.entry, signing: args.unwrapped.entry.signing }
    const next: LedgerState = { ...state, signingPublicKey: entry.signing?.publicKey ?? null }
    let ledger: LedgerRecord[] = []
    db.transaction((tx) => {
      writeKeyFileInTransaction(tx, args.keyFilePath, keyFile, keyFile.users.map((other) => (other.userId === entry.userId ? entry : other)), (version) => {
        ledger = appendRecord(keyFile, { userId: entry.userId, signingKey: args.unwrapped.signingKey }, { subject: entry.userId, state: next, at: args.now.toISOString(), version })
        return { format: keyFileFormat, ledger }
      })
      appendAudit(tx, { userId: user.id, userName: user.displayName }, { action: 'vault.enrolSigningKey', entity: 'user', entityId: user.id, summary: '启用本人的签名密钥' }, args.now)
    })
    authority = replayLedger(keyFile.vaultId, ledger, anchor)
  }
  assertNotRolledBack(db, keyFile, authority, args.signedHeadPath)
  const notices = repairRows(db, authority, user, args.now)
  syncSigningKeys(db, authority)
  rememberVerified(db, authority)
  const signed = authority.states.get(entry.userId)!
  return { authority, roles: signed.roles, personnelGrant: signed.personnel, entry, notices }
}

/** The first administrator's unlock signs the key file as it stands (and as the rows say); see README 安全模型. */
function upgrade(args: { db: MainDb; keyFilePath: string; keyFile: KeyFile; unwrapped: UnwrappedKeys; entry: KeyFileUser; user: UserRow; now: Date }): UnlockedAuthority {
  const { db, keyFile, user, now } = args
  const rows = new Map(db.select().from(users).all().map((row) => [row.id, row]))
  const admin: KeyFileUser = { ...args.entry, signing: args.unwrapped.entry.signing }
  const others = keyFile.users.filter((entry) => entry.userId !== admin.userId)
  const kept = others.filter((entry) => rows.get(entry.userId)?.disabled === false)
  const dropped = others.length - kept.length
  const at = now.toISOString()
  const signer = { userId: admin.userId, signingKey: args.unwrapped.signingKey }
  let anchor = ''
  let ledger: LedgerRecord[] = []
  db.transaction((tx) => {
    writeKeyFileInTransaction(tx, args.keyFilePath, keyFile, [admin, ...kept], (version) => {
      let draft: KeyFile = { ...keyFile, ledger: [] }
      for (const entry of [admin, ...kept]) {
        const row = rows.get(entry.userId)!
        const state = stateOf(entry, row.roles as Role[], row.personnelGrant && entry.sealedKeys.personnel !== undefined)
        draft = { ...draft, ledger: appendRecord(draft, signer, { subject: entry.userId, state, at, version }) }
      }
      ledger = draft.ledger ?? []
      anchor = recordHash(keyFile.vaultId, ledger[0]!)
      return { format: keyFileFormat, ledger }
    })
    tx.update(vaultInfo).set({ keyAnchor: anchor }).where(eq(vaultInfo.id, 1)).run()
    const droppedNote = dropped > 0 ? `；密钥文件中 ${dropped} 个没有对应启用用户的条目已移除` : ''
    appendAudit(
      tx,
      { userId: user.id, userName: user.displayName },
      { action: 'vault.signKeys', entity: 'vault', entityId: keyFile.vaultId, summary: `启用密钥文件签名保护：${kept.length + 1} 名用户的角色与密钥经本人签名${droppedNote}` },
      now,
    )
  })
  const authority = replayLedger(keyFile.vaultId, ledger, anchor)
  syncSigningKeys(db, authority)
  rememberVerified(db, authority)
  const notices = [`已为本数据库启用密钥文件签名保护（${kept.length + 1} 名用户）。`]
  if (dropped > 0) notices.push(`密钥文件中有 ${dropped} 个没有对应启用用户的条目，已移除。`)
  const state = authority.states.get(admin.userId)!
  return { authority, roles: state.roles, personnelGrant: state.personnel, entry: admin, notices }
}

/** Rows that disagree with the signed key file are put back as it says; each is reported and audited. */
function repairRows(db: MainDb, authority: Authority, acting: UserRow, now: Date): string[] {
  const notices: string[] = []
  for (const row of db.select().from(users).all()) {
    if (!authority.states.has(row.id)) continue
    const state = authority.states.get(row.id) ?? null
    const roles = state?.roles ?? (row.roles as Role[])
    const grant = state?.personnel ?? false
    if (sameRoles(roles, row.roles as Role[]) && grant === row.personnelGrant && (state === null) === row.disabled) continue
    const was = `${describe(row.roles, row.personnelGrant)}${row.disabled ? '（停用）' : ''}`
    const is = `${describe(roles, grant)}${state === null ? '（停用）' : ''}`
    const summary = `用户 ${row.displayName}（${row.username}）在数据库中的记录（${was}）与签名的密钥文件（${is}）不符，已按密钥文件恢复`
    db.transaction((tx) => {
      tx.update(users).set({ roles, personnelGrant: grant, disabled: state === null }).where(eq(users.id, row.id)).run()
      appendAudit(tx, { userId: acting.id, userName: acting.displayName }, { action: 'users.repair', entity: 'user', entityId: row.id, summary }, now)
    })
    notices.push(`${summary}。`)
  }
  return notices
}

function verifiedPrefix(stored: string | null): VerifiedPrefix | null {
  const [count, hash] = stored?.split(':') ?? []
  return count && hash ? { count: Number(count), hash } : null
}

/** Unlock cost stays flat as the records grow: the next unlock checks only the signatures after this point. */
function rememberVerified(db: MainDb, authority: Authority): void {
  const value = `${authority.count}:${authority.lastHash}`
  db.update(vaultInfo).set({ keyLedgerVerified: value }).where(eq(vaultInfo.id, 1)).run()
}

/** The display copy of the signing public keys, so seals and checkpoints verify on any read. */
export function syncSigningKeys(db: MainDb, authority: Authority): void {
  const stored = db.select().from(signingKeys).all()
  const same = stored.length === authority.signingKeys.size && stored.every((row) => authority.signingKeys.get(row.publicKey) === row.userId)
  if (same) return
  db.transaction((tx) => {
    tx.delete(signingKeys).run()
    for (const [publicKey, userId] of authority.signingKeys) tx.insert(signingKeys).values({ publicKey, userId }).run()
  })
}
