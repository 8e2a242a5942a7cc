import { createCore, noShellServices } from '../../electron/core'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { benchCall } from './bench-core'
import { benchUser, migrationsRoot } from './build-vault'

// node --import tsx scripts/bench/backup-run.ts <data dir> <backup folder>: 备份到… in a process of
// its own that only opens the vault, as the app's main process does, so its peak resident memory
// is the backup's and not what building the vault left in the bench's process. Prints JSON.
// With only `--warm` it loads its modules and exits: tsx compiles and caches them on disk, so the
// measured run's memory is not tsx's compiling (the app runs compiled code).

async function main(): Promise<void> {
  const [dataDir, backupParent] = process.argv.slice(2)
  if (dataDir === '--warm') return
  if (!dataDir || !backupParent) throw new Error('usage: backup-run.ts <data dir> <backup folder>')
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, shell: { ...noShellServices, pickDirectory: () => Promise.resolve(backupParent), pickSaveFile: () => Promise.resolve(null), pickOpenFiles: () => Promise.resolve([]) } })
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  // Nothing else runs meanwhile (a text pass left unfinished would run here, on this thread).
  await materialTextsSettled(core.context.session!)
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  await benchCall(core, 'backup.create')
  const ms = performance.now() - started
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  await core.lock('quit')
  console.log(JSON.stringify({ ms, unlockedMb: before / 2 ** 20, peakMb: peak / 2 ** 20 }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
