import { describe, expect, it } from 'vitest'
import { decryptBox, encryptBox, generateUserKeyPair, newDataKey, openSealedDataKey, sealDataKey, usernameTag } from '../../../electron/core/vault/crypto'

describe('key wrapping', () => {
  it('a sealed data key opens only with the recipient’s private key and the same label', () => {
    const dataKey = newDataKey()
    const alice = generateUserKeyPair()
    const bob = generateUserKeyPair()
    const sealed = sealDataKey(dataKey, alice.publicKey, 'main')
    expect(openSealedDataKey(sealed, alice.privateKey, alice.publicKey, 'main')?.equals(dataKey)).toBe(true)
    expect(openSealedDataKey(sealed, bob.privateKey, bob.publicKey, 'main')).toBeNull()
    expect(openSealedDataKey(sealed, alice.privateKey, alice.publicKey, 'personnel')).toBeNull()
  })

  it('AES-GCM boxes refuse a wrong key, a wrong label and any altered byte', () => {
    const key = newDataKey()
    const box = encryptBox(key, Buffer.from('机密'), 'label')
    expect(decryptBox(key, box, 'label')?.toString()).toBe('机密')
    expect(decryptBox(newDataKey(), box, 'label')).toBeNull()
    expect(decryptBox(key, box, 'other')).toBeNull()
    const ct = Buffer.from(box.ct, 'base64')
    ct[0] = (ct[0] ?? 0) ^ 1
    expect(decryptBox(key, { ...box, ct: ct.toString('base64') }, 'label')).toBeNull()
  })

  it('every seal is different (fresh ephemeral key and IV)', () => {
    const dataKey = newDataKey()
    const pair = generateUserKeyPair()
    expect(sealDataKey(dataKey, pair.publicKey, 'main').ct).not.toBe(sealDataKey(dataKey, pair.publicKey, 'main').ct)
  })

  it('user name tags are case-insensitive and differ between vaults', () => {
    expect(usernameTag('v1', 'Admin')).toBe(usernameTag('v1', 'admin'))
    expect(usernameTag('v1', 'admin')).not.toBe(usernameTag('v2', 'admin'))
  })
})
