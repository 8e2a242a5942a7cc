import { createCore, noShellServices } from '../../electron/core'
import { benchCall } from './bench-core'
import { benchUser, migrationsRoot } from './build-vault'
import { measureMemory } from './memory'

// node --expose-gc --import tsx scripts/bench/memory-run.ts <data dir>: the memory figures in a
// process of their own that only opens the vault, as the app does (the bench's own process
// still holds what building the vault took). Prints them as JSON.

async function main(): Promise<void> {
  const dataDir = process.argv[2]
  if (!dataDir) throw new Error('usage: memory-run.ts <data dir>')
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, shell: { ...noShellServices, pickDirectory: () => Promise.resolve(null), pickSaveFile: () => Promise.resolve(null), pickOpenFiles: () => Promise.resolve([]) } })
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  const figures = await measureMemory(core)
  await core.lock('quit')
  console.log(JSON.stringify(figures))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
