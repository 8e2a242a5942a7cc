import { chmodSync, existsSync, statSync } from 'node:fs'
import type { VaultPaths } from './paths'

// Owner-only files and folders, as the stores are created. Windows keeps its own ACLs (the
// user profile's), where chmod would only toggle the read-only flag.
const ownerOnlySupported = process.platform !== 'win32'

/** Makes a file 0600 (a folder 0700) unless it already is; a missing path is left alone. */
export function ownerOnly(path: string): void {
  if (!ownerOnlySupported || !existsSync(path)) return
  const stats = statSync(path)
  const mode = stats.isDirectory() ? 0o700 : 0o600
  if ((stats.mode & 0o777) !== mode) chmodSync(path, mode)
}

/**
 * At unlock: the vault folder, the key file and the stores (with their -wal and -shm) are
 * the owner's only, whatever put them there (an older version, a copy, a restore).
 */
export function restrictVaultFiles(paths: VaultPaths): void {
  ownerOnly(paths.dir)
  for (const file of [paths.keyFile, paths.main, paths.personnel]) {
    for (const path of [file, `${file}-wal`, `${file}-shm`]) ownerOnly(path)
  }
}
