/*
 * The child process of the 停用 crash test: unlocks a real vault as the administrator, then
 * disables a user (or takes the 干部任免 grant away) and kills itself with SIGKILL right after
 * the operation's `killAt`-th durable step (a rename or an fsync: each is where the disk moves
 * from one state to the next). Prints `done <steps>` when the operation finished first.
 *
 *   node disable-crash-child.cjs <dataDir> <migrationsRoot> <disable|revoke> <killAt>
 */
import fs from 'node:fs'
import { createCore } from '../../electron/core'
import { TestClock } from './clock'
import { adminPassword, testKdfCost } from './vault'

async function main(): Promise<void> {
  const [dataDir, migrationsRoot, mode, killAt] = process.argv.slice(2)
  if (!dataDir || !migrationsRoot || !mode || !killAt) throw new Error('usage: disable-crash-child <dataDir> <migrationsRoot> <disable|revoke> <killAt>')
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, now: new TestClock().now })
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
    return result.value
  }
  await call('auth.unlock', { username: 'admin', password: adminPassword })
  const users = (await call('users.list')) as { id: string; username: string }[]
  const target = users.find((user) => user.username === 'laoli')!

  let steps = 0
  const step = () => {
    steps += 1
    if (steps === Number(killAt)) process.kill(process.pid, 'SIGKILL')
  }
  for (const name of ['renameSync', 'fsyncSync'] as const) {
    const original = fs[name] as (...args: unknown[]) => unknown
    ;(fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const result = original(...args)
      step()
      return result
    }
  }
  if (mode === 'disable') await call('users.disable', { id: target.id })
  else await call('users.update', { id: target.id, displayName: '李干事', roles: ['recorder'], personnelGrant: false })
  process.stdout.write(`done ${steps}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
