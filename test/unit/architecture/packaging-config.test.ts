import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../../../electron-builder.config'
import { notarizeCredentialsFrom, notarizeMacApp } from '../../../scripts/packaging/notarize'

const root = resolve(__dirname, '../../..')

describe('the release packaging config', () => {
  it('flips the fuses that close the ways around the security shell', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs into asar with the native SQLite module unpacked, rebuilding nothing', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toContain('**/*.node')
    expect(config.npmRebuild).toBe(false)
    expect(config.files).toContain('out/**/*')
  })

  it('builds NSIS, a hardened dmg, AppImage and deb, with no update feed', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: false, target: [{ target: 'dmg' }] })
    expect(readFileSync(resolve(root, config.mac!.entitlements!), 'utf8')).toContain('com.apple.security.cs.allow-jit')
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.publish).toBeNull()
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('keeps appId in step with the Windows app user model id', () => {
    expect(readFileSync(resolve(root, 'electron/main/index.ts'), 'utf8')).toContain(`appUserModelId = '${config.appId}'`)
  })

  it('notarizes through our afterSign hook', () => {
    expect(config.afterSign).toBe(notarizeMacApp)
  })
})

describe('notarization credentials (environment only)', () => {
  it('are skipped cleanly when absent', () => {
    expect(notarizeCredentialsFrom({})).toEqual({ skip: expect.stringContaining('no notarization credentials') })
  })

  it('accept an API key or an Apple ID set', () => {
    expect(notarizeCredentialsFrom({ APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'ID', APPLE_API_ISSUER: 'ISS' })).toEqual({
      credentials: { kind: 'api-key', appleApiKey: '/k.p8', appleApiKeyId: 'ID', appleApiIssuer: 'ISS' },
    })
    expect(notarizeCredentialsFrom({ APPLE_ID: 'a@b.cn', APPLE_APP_SPECIFIC_PASSWORD: 'pw', APPLE_TEAM_ID: 'T' })).toEqual({
      credentials: { kind: 'apple-id', appleId: 'a@b.cn', appleIdPassword: 'pw', teamId: 'T' },
    })
  })

  it('refuse half a set, naming what is missing', () => {
    expect(() => notarizeCredentialsFrom({ APPLE_ID: 'a@b.cn' })).toThrow(/missing: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID/u)
  })

  it('are not needed off macOS', async () => {
    await expect(notarizeMacApp({ electronPlatformName: 'linux' } as Parameters<typeof notarizeMacApp>[0])).resolves.toBeUndefined()
  })
})
