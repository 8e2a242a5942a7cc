/*
 * The child process of the crash-safety test: unlocks a real vault and loops on mutating
 * calls until it is killed. After a call has returned ok it appends one line to the
 * committed log (a plain write: it survives SIGKILL, which only power loss would not),
 * so the parent knows which changes must survive the kill.
 *
 *   node crash-writer.cjs <dataDir> <migrationsRoot> <committedLog> <firstCounter> <mixed|rotations>
 *
 * `mixed` cycles through settings, user creation (with and without the 干部任免 grant),
 * renames, disabling, password resets and a user's own password change, with a key
 * rotation now and then; `rotations` rotates the keys back to back.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { createCore } from '../../electron/core'
import { TestClock } from './clock'
import { crashAdmin, crashUserNames, crashUserPassword, ownPasswordFor, resetPasswordFor, type CommittedMarker } from './crash-plan'
import { testKdfCost } from './vault'

async function main(): Promise<void> {
  const [dataDir, migrationsRoot, committedLog, first, mode] = process.argv.slice(2)
  if (!dataDir || !migrationsRoot || !committedLog || !first) throw new Error('usage: crash-writer <dataDir> <migrationsRoot> <committedLog> <firstCounter> <mixed|rotations>')
  const log = openSync(committedLog, 'a')
  const record = (marker: CommittedMarker) => writeSync(log, `${JSON.stringify(marker)}\n`)
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, now: new TestClock().now })
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input)
    if (!result.ok && !['USER_EXISTS', 'USER_NOT_FOUND'].includes(result.error.code)) throw new Error(`${channel}: ${result.error.code}`)
    return result
  }
  await call('auth.unlock', crashAdmin)
  process.stdout.write('ready\n')
  const findUser = async (username: string) => {
    const list = await call('users.list')
    return list.ok ? (list.value as { id: string; username: string; roles: string[]; personnelGrant: boolean; disabled: boolean }[]).find((user) => user.username === username) : undefined
  }
  /** The password this run reset, so the next step can sign in as that user and change it. */
  let lastReset: { username: string; password: string } | null = null

  for (let counter = Number(first); ; counter += 1) {
    const username = crashUserNames[counter % crashUserNames.length] as string
    if (mode === 'rotations') {
      await call('vault.rotateKeys')
      record({ kind: 'rotate', counter })
      continue
    }
    switch (counter % 9) {
      case 0:
      case 3: {
        await call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: `写入${counter}`, idleLockMinutes: (counter % 240) + 1 })
        record({ kind: 'settings', counter })
        break
      }
      case 1:
      case 4: {
        const created = await call('users.create', { username, displayName: `职员${counter}`, roles: ['recorder'], personnelGrant: counter % 2 === 0, password: crashUserPassword })
        if (created.ok) record({ kind: 'user', username })
        break
      }
      case 2: {
        const target = await findUser(username)
        if (!target) break
        const updated = await call('users.update', { id: target.id, displayName: `改名${counter}`, roles: target.roles, personnelGrant: target.personnelGrant })
        if (updated.ok) record({ kind: 'rename', username, counter })
        break
      }
      case 5: {
        if (counter % 18 !== 5) break
        await call('vault.rotateKeys')
        record({ kind: 'rotate', counter })
        break
      }
      case 6: {
        const target = await findUser(username)
        if (!target || target.disabled) break
        await call('users.disable', { id: target.id })
        record({ kind: 'disable', username })
        break
      }
      case 7: {
        const target = await findUser(username)
        if (!target) break
        const password = resetPasswordFor(counter)
        record({ kind: 'attempt', username, password, mustChangePassword: true })
        await call('users.resetPassword', { id: target.id, password })
        record({ kind: 'password', username, password, mustChangePassword: true })
        lastReset = { username, password }
        break
      }
      case 8: {
        if (!lastReset) break
        const { username: own, password: current } = lastReset
        lastReset = null
        await call('auth.unlock', { username: own, password: current })
        const password = ownPasswordFor(counter)
        record({ kind: 'attempt', username: own, password, mustChangePassword: false })
        await call('auth.changePassword', { currentPassword: current, newPassword: password })
        record({ kind: 'password', username: own, password, mustChangePassword: false })
        await call('auth.unlock', crashAdmin)
        break
      }
    }
  }
  closeSync(log)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
