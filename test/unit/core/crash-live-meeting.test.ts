import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDay } from '../../../shared/calendar/local-day'
import { integrityCheck } from '../../../electron/core/vault/store'
import { crashAdmin } from '../../support/crash-plan'
import { enterRoster, member } from '../../support/roster-fixture'
import { createdVault, migrationsRoot, removeDir, tempDir, testCore } from '../../support/vault'

/*
 * "A crash or power cut loses at most the keystrokes of the field being typed": a child types
 * a member's view one character at a time through live.saveSpeech and is killed with SIGKILL
 * at random moments. After each kill the vault opens, integrity_check passes, the audit chain
 * verifies, and the stored view is exactly the text typed up to at least the last save the
 * child saw succeed (a prefix of what was typed, never garbled, never shorter).
 */

const kills = 25
const repoRoot = resolve(__dirname, '../../..')
const workDir = tempDir('yishi-crash-live-')
const childScript = join(workDir, 'crash-typist.cjs')
const view = '同意该方案。建议进一步细化资金安排，明确各责任单位的任务分工和完成时限，加强督促检查，确保项目按期建成投用。'.repeat(20)

beforeAll(async () => {
  await build({ entryPoints: [join(repoRoot, 'test/support/crash-typist.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', packages: 'external', outfile: childScript, logLevel: 'error' })
}, 30_000)
afterAll(() => removeDir(workDir))

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

function exited(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.signalCode)
    else child.once('exit', (_code, signal) => done(signal))
  })
}

/** A meeting in progress today with one approved topic: what the secretary has open. */
async function meetingInProgress() {
  const core = await createdVault()
  await core.call('auth.unlock', crashAdmin)
  const roster = await enterRoster(core, '2026-01-01')
  const bodies = await core.call('bodies.list')
  const standing = bodies.find((body) => body.kind === 'standing')!
  // The suite's pinned day, the one the typist's core runs on too.
  const today = localDay(core.clock.now().toISOString())
  const secretary = member(roster, '赵立新')
  const meeting = await core.call('meetings.create', { bodyId: standing.id, date: today, startTime: '09:00', place: '区委常委会议室', chairId: secretary.personId, recorderName: '王秘书' })
  const topic = await core.call('topics.save', { bodyId: standing.id, title: '关于城区排水管网改造方案的汇报', category: 'major_project', proposingUnit: '区住建局', presenter: '刘强（区住建局局长）', leaderInChargeId: member(roster, '李建国').personId, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
  await core.call('topics.approve', { id: topic.id })
  await core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
  await core.call('meetings.advance', { id: meeting.id, to: 'notified' })
  const started = await core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const entry of started.members) await core.call('live.setAttendance', { meetingId: meeting.id, personId: entry.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  const speaker = member(roster, '褚向东')
  core.context.lock('manual')
  return { dataDir: core.dataDir, plan: { meetingId: meeting.id, itemId: started.items[0]!.id, personId: speaker.personId, text: view } }
}

describe('crash safety of the live meeting screen', () => {
  it(`keeps every saved keystroke of a view through ${kills} SIGKILLs while typing`, async () => {
    const { dataDir, plan } = await meetingInProgress()
    const committedLog = join(workDir, 'typed.log')
    try {
      for (let round = 1; round <= kills; round += 1) {
        const child = spawn(process.execPath, [childScript, dataDir, migrationsRoot, committedLog, JSON.stringify(plan)], {
          env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let stderr = ''
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        await new Promise<void>((done) => {
          child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && done())
          child.once('exit', () => done())
        })
        await sleep(5 + Math.random() * 150)
        child.kill('SIGKILL')
        expect({ signal: await exited(child), stderr }, `round ${round}`).toEqual({ signal: 'SIGKILL', stderr: '' })

        const lastSaved = existsSync(committedLog) ? Math.max(0, ...readFileSync(committedLog, 'utf8').split('\n').filter(Boolean).map(Number)) : 0
        const core = testCore(dataDir)
        await core.call('auth.unlock', crashAdmin)
        const vault = core.context.session!.vault
        expect(integrityCheck(vault.mainSqlite)).toBe('ok')
        expect(await core.call('audit.verify')).toMatchObject({ ok: true })
        const detail = await core.call('meetings.get', { id: plan.meetingId })
        const notes = detail.items[0]!.speeches.find((speech) => speech.personId === plan.personId)?.notes ?? ''
        expect(view.startsWith(notes), `round ${round}: the stored view is what was typed`).toBe(true)
        // At most the keystroke in flight is lost: the save the child saw succeed is there.
        expect(notes.length, `round ${round}`).toBeGreaterThanOrEqual(lastSaved)
        core.context.lock('manual')
      }
      const typed = Math.max(...readFileSync(committedLog, 'utf8').split('\n').filter(Boolean).map(Number))
      expect(typed, 'characters typed across all rounds').toBeGreaterThan(kills)
      console.info(`crash safety (live meeting): ${kills} kills while typing, ${typed} characters saved`)
    } finally {
      removeDir(dataDir)
    }
  }, 180_000)
})
