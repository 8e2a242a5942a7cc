import type { MainDb } from '../db/migrate'
import type { KeyFile, LedgerRecord, LedgerState } from './keyfile'
import { keyFileFormat } from './keyfile'
import { appendRecord, replayLedger, verifyKeyFile } from './ledger'
import { readAgreedKeyFile } from './settle-key-file'
import type { OpenVault } from './vault'

/**
 * For a change in an open session: the key file as the database agrees with it, verified again
 * from the anchor (someone may have written the folder since unlock): nothing is signed or
 * sealed on top of an entry no administrator signed.
 */
export function readVerifiedKeyFile(vault: OpenVault, db: MainDb): KeyFile {
  const keyFile = readAgreedKeyFile(db, vault.paths.keyFile)
  if (vault.authority) verifyKeyFile(keyFile, vault.authority.anchor)
  return keyFile
}

/**
 * The signed record of one user's change, for writeKeyFileInTransaction; `done` takes the
 * session's authority forward once the change committed. Null before the vault's upgrade.
 */
export function signedUserChange(vault: OpenVault, keyFile: KeyFile, change: { subject: string; state: LedgerState | null; at: string }) {
  const authority = vault.authority
  if (!authority) return null
  let ledger: LedgerRecord[] = []
  return {
    sign: (version: number) => {
      ledger = appendRecord(keyFile, { userId: vault.entry.userId, signingKey: vault.signingKey }, { ...change, version })
      return { format: keyFileFormat, ledger }
    },
    done: () => {
      vault.authority = replayLedger(keyFile.vaultId, ledger, authority.anchor)
      const own = vault.authority.states.get(vault.entry.userId)
      if (own) vault.roles = own.roles
    },
  }
}
