import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface VaultPaths {
  dataDir: string
  dir: string
  main: string
  personnel: string
  keyFile: string
  /** The audit chain's head signed after writes between locks (audit/signed-head-file.ts). */
  signedHead: string
}

/** The vault is one folder inside the data folder, so creation can be a single rename. */
export function vaultPaths(dataDir: string): VaultPaths {
  return { dataDir, ...vaultFilesIn(join(dataDir, 'vault')) }
}

export function vaultFilesIn(dir: string): Omit<VaultPaths, 'dataDir'> {
  return { dir, main: join(dir, 'main.db'), personnel: join(dir, 'personnel.db'), keyFile: join(dir, 'keys.json'), signedHead: join(dir, 'audit-head.json') }
}

export function vaultFilesState(paths: VaultPaths): 'absent' | 'present' | 'incomplete' {
  const hasKeys = existsSync(paths.keyFile)
  const hasMain = existsSync(paths.main)
  if (!hasKeys && !hasMain && !existsSync(paths.personnel)) return 'absent'
  return hasKeys && hasMain ? 'present' : 'incomplete'
}
