/*
 * The child process of the -wal loss test: unlocks a real vault, commits a few changes, waits
 * until the head signed after them is on disk, says `ready` and waits to be killed (SIGKILL:
 * no lock, so the key file's head stays the one of the last lock).
 *
 *   node wal-loss-child.cjs <dataDir> <migrationsRoot>
 */
import { createCore } from '../../electron/core'
import { writeWithinMs } from '../../electron/core/audit/signed-head-file'
import { TestClock } from './clock'
import { adminPassword, testKdfCost } from './vault'

async function main(): Promise<void> {
  const [dataDir, migrationsRoot] = process.argv.slice(2)
  if (!dataDir || !migrationsRoot) throw new Error('usage: wal-loss-child <dataDir> <migrationsRoot>')
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, now: new TestClock().now })
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
  }
  await call('auth.unlock', { username: 'admin', password: adminPassword })
  for (let round = 1; round <= 5; round += 1) await call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: `提交${round}`, idleLockMinutes: 15 })
  await call('users.create', { username: 'xinren', displayName: '新人', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
  await new Promise((done) => setTimeout(done, writeWithinMs + 300))
  await core.context.signedHeads.settled()
  process.stdout.write('ready\n')
  setInterval(() => undefined, 60_000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
