import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateSigningKeyPair, generateUserKeyPair, usernameTag } from '../../../electron/core/vault/crypto'
import type { KeyFile, LedgerState } from '../../../electron/core/vault/keyfile'
import { appendRecord, recordHash, replayLedger } from '../../../electron/core/vault/ledger'

/*
 * What verifying the signed key file costs at unlock, on a realistic office: 30 users over
 * ten years, each with four changes a year (created, roles, grant, password reset, disabled…):
 * 1,200 signed records. Unlock's budget is 600 ms with the production KDF (about 0.35 s).
 */
describe('the signed key file of 30 users over 10 years', () => {
  it('verifies from the anchor well within the unlock budget', () => {
    const vaultId = randomUUID()
    const admin = { id: randomUUID(), signing: generateSigningKeyPair() }
    const state = (id: string, roles: LedgerState['roles'], personnel: boolean, signingPublicKey: string): LedgerState => ({
      tag: usernameTag(vaultId, id),
      roles,
      personnel,
      publicKey: generateUserKeyPair().publicKey,
      signingPublicKey,
    })
    let keyFile: KeyFile = { format: 2, vaultId, version: 0, users: [], ledger: [] }
    const signer = { userId: admin.id, signingKey: admin.signing.privateKey }
    keyFile = { ...keyFile, ledger: appendRecord(keyFile, signer, { subject: admin.id, state: state(admin.id, ['admin', 'recorder'], true, admin.signing.publicKey), at: '2016-01-04T01:00:00.000Z', version: 0 }) }
    const users = Array.from({ length: 29 }, () => ({ id: randomUUID(), signing: generateSigningKeyPair().publicKey }))
    let version = 0
    while ((keyFile.ledger?.length ?? 0) < 1200) {
      const user = users[version % users.length]!
      version += 1
      const roles: LedgerState['roles'] = version % 3 === 0 ? ['reader'] : ['recorder']
      keyFile = { ...keyFile, ledger: appendRecord(keyFile, signer, { subject: user.id, state: version % 17 === 0 ? null : state(user.id, roles, version % 5 === 0, user.signing), at: '2020-01-01T00:00:00.000Z', version }) }
    }
    const ledger = keyFile.ledger!
    const anchor = recordHash(vaultId, ledger[0]!)
    const median = (verify: () => unknown) => {
      const runs: number[] = []
      for (let run = 0; run < 5; run += 1) {
        const start = performance.now()
        verify()
        runs.push(performance.now() - start)
      }
      return runs.sort((a, b) => a - b)[2]!
    }
    // The first unlock after the upgrade (or on a restored copy) checks every signature; later
    // unlocks only those after the prefix main.db says was verified (here: one new record).
    const full = median(() => replayLedger(vaultId, ledger, anchor))
    const prefix = { count: ledger.length - 1, hash: recordHash(vaultId, ledger[ledger.length - 2]!) }
    const incremental = median(() => replayLedger(vaultId, ledger, anchor, prefix))
    console.info(`key file: ${ledger.length} signed records, ${JSON.stringify(keyFile).length} bytes; every signature verified in ${full.toFixed(1)} ms, the records after the verified prefix in ${incremental.toFixed(1)} ms (medians of 5)`)
    expect(incremental).toBeLessThan(full)
    expect(incremental).toBeLessThan(150)
    // A changed record inside the verified prefix still fails: the chain of hashes ends elsewhere.
    const forged = ledger.map((record, seq) => (seq === 5 && record.state ? { ...record, state: { ...record.state, roles: ['admin' as const] } } : record))
    expect(() => replayLedger(vaultId, forged, anchor, prefix)).toThrow()
  })
})
