import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usernameTag } from '../../../electron/core/vault/crypto'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { integrityCheck } from '../../../electron/core/vault/store'
import { crashAdmin, crashUserPassword, type CommittedMarker } from '../../support/crash-plan'
import { createdVault, migrationsRoot, removeDir, tempDir, testCore } from '../../support/vault'

/*
 * Writers in a child process, killed with SIGKILL at random moments (during start-up and
 * unlock, and in the middle of settings, user and key-rotation transactions), again and
 * again. After each kill the vault must open, both stores pass integrity_check, the audit
 * chain verifies, every change the child saw committed is there, the key file agrees with
 * the database for every user (enabled ⇔ an entry, grant ⇔ a personnel key), and exactly
 * one password works for a user: the one of the state the database is in.
 */

const kills = 55
const repoRoot = resolve(__dirname, '../../..')
const workDir = tempDir('yishi-crash-')
const childScript = join(workDir, 'crash-writer.cjs')

beforeAll(async () => {
  // Bundled once: starting node on one plain file is far cheaper than tsx per kill.
  await build({ entryPoints: [join(repoRoot, 'test/support/crash-writer.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', outfile: childScript, logLevel: 'error' })
}, 30_000)
afterAll(() => removeDir(workDir))

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms))
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done({ code: child.exitCode, signal: child.signalCode })
    else child.once('exit', (code, signal) => done({ code, signal }))
  })
}

function readyLine(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) done()
    })
    child.once('exit', () => done())
  })
}

/** Starts the writer and kills it: sometimes during start-up, mostly mid-run. */
async function runAndKill(dataDir: string, committedLog: string, round: number): Promise<void> {
  const mode = round % 4 === 3 ? 'rotations' : 'mixed'
  const child = spawn(process.execPath, [childScript, dataDir, migrationsRoot, committedLog, String(round * 1000), mode], {
    env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = readyLine(child)
  if (round % 5 === 0) await sleep(Math.random() * 120)
  else {
    await ready
    await sleep(5 + Math.random() * 120)
  }
  child.kill('SIGKILL')
  const end = await exited(child)
  // The child only ever stops by being killed: anything else is a failure it reported.
  expect({ signal: end.signal, stderr }, `round ${round}`).toEqual({ signal: 'SIGKILL', stderr: '' })
}

/** A kill that left a rotation half done: a pending key in the key file or a rekeyed copy. */
function isMidRotation(dataDir: string): boolean {
  const paths = vaultPaths(dataDir)
  const pending = readKeyFile(paths.keyFile).users.some((entry) => entry.pendingKeys !== undefined)
  return pending || existsSync(`${paths.main}.rekey`) || existsSync(`${paths.personnel}.rekey`)
}

function committedMarkers(committedLog: string): CommittedMarker[] {
  if (!existsSync(committedLog)) return []
  return readFileSync(committedLog, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as CommittedMarker)
}

function counterIn(text: string, prefix: string): number {
  return text.startsWith(prefix) ? Number(text.slice(prefix.length)) : -1
}

/** Opens the vault in this process and checks it against what the child saw committed. */
async function expectNothingLost(dataDir: string, markers: CommittedMarker[], checkEveryUser: boolean, settled: (change: PasswordChange) => void): Promise<void> {
  // A fresh core per check: its unlock throttle and session start clean, like a restarted app.
  const core = testCore(dataDir)
  await core.call('auth.unlock', crashAdmin)
  const vault = core.context.session!.vault
  expect(integrityCheck(vault.mainSqlite)).toBe('ok')
  expect(integrityCheck(vault.personnelSqlite!)).toBe('ok')
  expect(await core.call('audit.verify')).toMatchObject({ ok: true })

  const settings = await core.call('settings.get')
  const lastSettings = Math.max(-1, ...markers.flatMap((marker) => (marker.kind === 'settings' ? [marker.counter] : [])))
  expect(counterIn(settings.committeeShortName, '写入')).toBeGreaterThanOrEqual(lastSettings)

  const users = await core.call('users.list')
  for (const marker of markers) {
    if (marker.kind === 'user') expect(users.some((user) => user.username === marker.username), marker.username).toBe(true)
  }
  const lastRename = new Map<string, number>()
  for (const marker of markers) if (marker.kind === 'rename') lastRename.set(marker.username, Math.max(marker.counter, lastRename.get(marker.username) ?? -1))
  for (const [username, counter] of lastRename) {
    const user = users.find((candidate) => candidate.username === username)
    expect(counterIn(user?.displayName ?? '', '改名'), username).toBeGreaterThanOrEqual(counter)
  }

  // The key file agrees with the database for every user: an entry (under its name's tag)
  // exactly when enabled, a personnel key exactly with the grant, nothing left to settle.
  const keyFile = readKeyFile(vaultPaths(dataDir).keyFile)
  expect(keyFile.previous).toBeUndefined()
  expect(keyFile.users).toHaveLength(users.filter((user) => !user.disabled).length)
  for (const user of users) {
    const entries = keyFile.users.filter((entry) => entry.tag === usernameTag(keyFile.vaultId, user.username))
    expect(entries.map((entry) => entry.userId), user.username).toEqual(user.disabled ? [] : [user.id])
    if (!user.disabled) expect(entries[0]?.sealedKeys.personnel !== undefined, `${user.username} personnel key`).toBe(user.personnelGrant)
  }
  core.context.lock('manual')

  const { passwords, inFlight } = expectedPasswords(markers)
  const others = users.filter((user) => user.username !== crashAdmin.username && !user.disabled)
  const mustUnlock = checkEveryUser ? others : others.filter((user, index) => index >= others.length - 3 || user.username === inFlight?.username)
  for (const user of mustUnlock) {
    // Exactly one password counts, the one of the state the database is in (a kill during
    // a change leaves either); the other is refused.
    const candidates = passwords.get(user.username) ?? [{ password: crashUserPassword, mustChangePassword: true }]
    const working: string[] = []
    for (const candidate of candidates) {
      const unlocked = await core.raw('auth.unlock', { username: user.username, password: candidate.password })
      if (unlocked.ok) {
        working.push(candidate.password)
        expect(unlocked.value.mustChangePassword, user.username).toBe(candidate.mustChangePassword)
        // The database decides who holds the grant; a key the file got ahead of it with is not used.
        expect(core.context.session?.vault.personnelSqlite !== null, user.username).toBe(user.personnelGrant)
      } else expect(unlocked.error.code, user.username).toBe('AUTH_FAILED')
      core.context.lock('manual')
    }
    expect(working, user.username).toHaveLength(1)
    // The change the kill caught did commit: later rounds must expect its password.
    if (user.username === inFlight?.username && working[0] === inFlight.password) settled(inFlight)
  }
  expect(readKeyFile(vaultPaths(dataDir).keyFile).users.every((entry) => entry.pendingKeys === undefined)).toBe(true)
}

interface PasswordState {
  password: string
  mustChangePassword: boolean
}
type PasswordChange = Extract<CommittedMarker, { kind: 'attempt' }>

/** Per user: the committed password (or both, for the change a kill caught in flight). */
function expectedPasswords(markers: CommittedMarker[]): { passwords: Map<string, PasswordState[]>; inFlight: PasswordChange | null } {
  const committed = new Map<string, PasswordState>()
  for (const marker of markers) {
    if (marker.kind === 'user') committed.set(marker.username, { password: crashUserPassword, mustChangePassword: true })
    if (marker.kind === 'password') committed.set(marker.username, { password: marker.password, mustChangePassword: marker.mustChangePassword })
  }
  const passwords = new Map([...committed].map(([username, state]) => [username, [state]]))
  const last = markers.at(-1)
  const inFlight = last?.kind === 'attempt' ? last : null
  if (inFlight) {
    const before = committed.get(inFlight.username) ?? { password: crashUserPassword, mustChangePassword: true }
    passwords.set(inFlight.username, [before, { password: inFlight.password, mustChangePassword: inFlight.mustChangePassword }])
  }
  return { passwords, inFlight }
}

describe('crash safety', () => {
  it(`survives ${kills} SIGKILLs of a writer in the middle of its transactions without losing a committed change`, async () => {
    const setup = await createdVault()
    setup.context.lock('manual')
    const dataDir = setup.dataDir
    const committedLog = join(workDir, 'committed.log')
    try {
      let foundMidRotation = 0
      let caughtPasswordChanges = 0
      for (let round = 1; round <= kills; round += 1) {
        await runAndKill(dataDir, committedLog, round)
        if (isMidRotation(dataDir)) foundMidRotation += 1
        if (committedMarkers(committedLog).at(-1)?.kind === 'attempt') caughtPasswordChanges += 1
        await expectNothingLost(dataDir, committedMarkers(committedLog), round % 10 === 0 || round === kills, (change) =>
          appendFileSync(committedLog, `${JSON.stringify({ ...change, kind: 'password' } satisfies CommittedMarker)}\n`),
        )
      }
      const markers = committedMarkers(committedLog)
      // The kills did land among real work of every kind.
      for (const kind of ['settings', 'user', 'rename', 'rotate', 'disable', 'password'] as const) expect(markers.some((marker) => marker.kind === kind), kind).toBe(true)
      expect(foundMidRotation, 'kills that caught a rotation half done').toBeGreaterThan(0)
      console.info(`crash safety: ${kills} kills, ${markers.length} committed changes, ${foundMidRotation} kills left a key rotation half done, ${caughtPasswordChanges} caught a password change`)
    } finally {
      removeDir(dataDir)
    }
  }, 180_000)
})
