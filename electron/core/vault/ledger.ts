import type { Role } from '../../../shared/auth/roles'
import { AppError } from '../../../shared/errors'
import { sha256Hex, signText, verifyText } from './crypto'
import type { KeyFile, KeyFileUser, LedgerRecord, LedgerState } from './keyfile'

/*
 * The signed key file. Every change of who is a user, with which roles, grant and public keys,
 * is a record signed by an administrator valid at that point, each naming the hash of the one
 * before. The first record (the creating administrator, self-signed) is the trust anchor: its
 * hash is fixed in main.db at creation (vault_info.key_anchor), where someone who can only
 * write files in the data folder cannot reach. Unlock replays the records from the anchor and
 * refuses a key file whose entries say anything the records do not (VAULT_TAMPERED).
 */

export interface Authority {
  anchor: string
  count: number
  /** Every user's state after the last record; null: disabled. */
  states: Map<string, LedgerState | null>
  /** Every signing public key any user ever held, to the user: seals and checkpoints of the past verify with it. */
  signingKeys: Map<string, string>
  lastHash: string
}

function canonical(vaultId: string, record: Omit<LedgerRecord, 'sig'>): string {
  const state = record.state
  const stateFields = state ? [state.tag, [...state.roles].sort(), state.personnel, state.publicKey, state.signingPublicKey] : null
  return JSON.stringify(['yishi/key-ledger/1', vaultId, record.seq, record.version, record.at, record.by, record.subject, stateFields, record.prev])
}

export function recordHash(vaultId: string, record: LedgerRecord): string {
  return sha256Hex(`${canonical(vaultId, record)}|${record.sig}`)
}

function tampered(problem: string): AppError {
  return new AppError('VAULT_TAMPERED', undefined, { problem })
}

function isEnrolment(current: LedgerState | null | undefined, next: LedgerState | null, record: LedgerRecord): next is LedgerState {
  // A user without a signing key (a vault signed after it was created) adds their own, once;
  // nothing else may change in the same record.
  if (record.by !== record.subject || !current || current.signingPublicKey !== null || !next?.signingPublicKey) return false
  return current.tag === next.tag && current.publicKey === next.publicKey && current.personnel === next.personnel && sameRoles(current.roles, next.roles)
}

export function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join()
}

/**
 * Where an earlier unlock finished verifying: the first `count` records, whose last hash was
 * `hash`. Records are chained by hash, so a prefix ending in the same hash is the same
 * prefix: its signatures need not be checked again (kept in main.db, like the anchor).
 */
export interface VerifiedPrefix {
  count: number
  hash: string
}

/** Replays the ledger from the anchor; throws VAULT_TAMPERED at the first record that does not verify. */
export function replayLedger(vaultId: string, ledger: readonly LedgerRecord[], anchor: string, verified: VerifiedPrefix | null = null): Authority {
  const states = new Map<string, LedgerState | null>()
  const signingKeys = new Map<string, string>()
  const hashes = ledger.map((record) => recordHash(vaultId, record))
  const trusted = verified && verified.count <= ledger.length && hashes[verified.count - 1] === verified.hash ? verified.count : 0
  let prev = ''
  ledger.forEach((record, seq) => {
    const text = canonical(vaultId, record)
    if (record.seq !== seq || record.prev !== prev) throw tampered(`第 ${seq + 1} 条签名记录的次序被改动`)
    const current = states.get(record.subject)
    let signer: string | null
    if (seq === 0) {
      signer = record.by === record.subject && record.state?.roles.includes('admin') ? record.state.signingPublicKey : null
      if (hashes[0] !== anchor) throw tampered('密钥文件的第一条签名记录与创建时不同')
    } else if (isEnrolment(current, record.state, record)) {
      signer = record.state.signingPublicKey
    } else {
      const by = states.get(record.by)
      signer = by?.roles.includes('admin') ? by.signingPublicKey : null
    }
    if (!signer || (seq >= trusted && !verifyText(signer, text, record.sig))) throw tampered(`第 ${seq + 1} 条记录没有当时有效的管理员签名`)
    states.set(record.subject, record.state)
    if (record.state?.signingPublicKey) signingKeys.set(record.state.signingPublicKey, record.subject)
    prev = hashes[seq]!
  })
  if (ledger.length === 0) throw tampered('密钥文件缺少签名记录')
  return { anchor, count: ledger.length, states, signingKeys, lastHash: prev }
}

/** An entry of the key file agrees with its user's signed state (the sealed keys go to that public key). */
function entryProblem(entry: KeyFileUser, state: LedgerState | null | undefined): string | null {
  if (!state) return '密钥文件中有一个未经管理员签名添加的用户'
  if (entry.tag !== state.tag || entry.publicKey !== state.publicKey) return '密钥文件中有用户的密钥被替换'
  if (state.signingPublicKey !== null && entry.signing?.publicKey !== state.signingPublicKey) return '密钥文件中有用户的签名密钥被替换'
  return null
}

/** Verifies the whole key file from the anchor: the records, then every entry (and the entries kept as `previous`). */
export function verifyKeyFile(keyFile: KeyFile, anchor: string, verified: VerifiedPrefix | null = null): Authority {
  if (!keyFile.ledger) throw tampered('密钥文件的签名记录被删除')
  const authority = replayLedger(keyFile.vaultId, keyFile.ledger, anchor, verified)
  for (const entry of keyFile.users) {
    const problem = entryProblem(entry, authority.states.get(entry.userId))
    if (problem) throw tampered(problem)
  }
  return authority
}

export interface LedgerSigner {
  userId: string
  signingKey: Buffer
}

/** The ledger with one more record, signed by `signer` (an administrator, or the subject enrolling their signing key). */
export function appendRecord(
  keyFile: KeyFile,
  signer: LedgerSigner,
  change: { subject: string; state: LedgerState | null; at: string; version: number },
): LedgerRecord[] {
  const ledger = keyFile.ledger ?? []
  const last = ledger.at(-1)
  const unsigned = { seq: ledger.length, version: change.version, at: change.at, by: signer.userId, subject: change.subject, state: change.state, prev: last ? recordHash(keyFile.vaultId, last) : '' }
  return [...ledger, { ...unsigned, sig: signText(signer.signingKey, canonical(keyFile.vaultId, unsigned)) }]
}

/** A user's signed state from their key-file entry and roles. */
export function stateOf(entry: KeyFileUser, roles: readonly Role[], personnel: boolean): LedgerState {
  return { tag: entry.tag, roles: [...roles].sort(), personnel, publicKey: entry.publicKey, signingPublicKey: entry.signing?.publicKey ?? null }
}

export function sameState(a: LedgerState | null | undefined, b: LedgerState | null): boolean {
  if (!a || !b) return (a ?? null) === b
  return a.tag === b.tag && a.publicKey === b.publicKey && a.signingPublicKey === b.signingPublicKey && a.personnel === b.personnel && sameRoles(a.roles, b.roles)
}
