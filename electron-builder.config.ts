import type { Configuration } from 'electron-builder'
import { notarizeMacApp } from './scripts/packaging/notarize'

/**
 * Release packaging (`npm run package`). It downloads the Electron binaries for each
 * target, so it runs on a connected build machine, not on the offices' offline ones.
 */
const config: Configuration = {
  appId: 'cn.yishi.app', // keep in step with appUserModelId in electron/main/index.ts
  productName: '议事录',
  copyright: '议事录',
  directories: { output: 'release/${version}', buildResources: 'resources' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // Native modules cannot be loaded from inside the asar archive.
  asarUnpack: ['**/*.node'],
  // better-sqlite3-multiple-ciphers ships Node-API prebuilds for every platform: ABI-stable
  // across Node and Electron, so nothing is rebuilt (a rebuild would download headers).
  npmRebuild: false,
  // Applied to the Electron binary after packing. Playwright's Electron launcher needs
  // inspect, so the test build (out/, run unpacked) differs from a release on purpose.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // No auto-update feed: the app has no network code at all.
  publish: null,
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling must never take the secretary's vault with it.
    deleteAppDataOnUninstall: false,
    shortcutName: '议事录',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
    // Notarized by our afterSign hook (credentials from the environment only).
    notarize: false,
  },
  afterSign: notarizeMacApp,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: '议事录',
    synopsis: '常委会会议记录与干部任免专用记录本',
  },
}

export default config
