import type { VaultStatus } from '../../../shared/ipc/channels/vault'
import type { CoreContext } from '../context'
import type { HandlerGroup } from '../handler-types'
import { readKeyFile } from './keyfile'
import { vaultFilesState, vaultPaths } from './paths'
import { createVault } from './vault'
import { AppError } from '../../../shared/errors'

export function vaultStatus(core: CoreContext): VaultStatus {
  const paths = vaultPaths(core.options.dataDir)
  const location = paths.dir
  if (core.session) return { state: 'unlocked', location }
  const files = vaultFilesState(paths)
  if (files === 'absent') return { state: 'absent', location }
  if (files === 'incomplete') return { state: 'damaged', location }
  try {
    readKeyFile(paths.keyFile)
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_TOO_NEW') throw error
    return { state: 'damaged', location }
  }
  return { state: 'locked', location }
}

export const vaultHandlers = {
  'vault.status': (_input, _session, core) => vaultStatus(core),
  'vault.create': async (input, _session, core) => {
    await createVault(core.options.dataDir, core.options.migrations, input, core.now(), core.options.kdfCost)
    return vaultStatus(core)
  },
} satisfies HandlerGroup<'vault.status' | 'vault.create'>
