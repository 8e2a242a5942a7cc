import { afterEach, expect } from 'vitest'
import type { CoreOptions } from '../../electron/core'
import type { BodyKind } from '../../shared/meetings/vocabulary'
import type { ErrorCode } from '../../shared/errors'
import type { Channel, ChannelInput } from '../../shared/ipc/contract'
import type { BodyView } from '../../shared/meetings/views'
import { enterRoster, type EnteredMember } from './roster-fixture'
import { adminPassword, createdVault, removeDir, tempDir, type TestCore } from './vault'

/** A clock the test sets: meetings start only on their day, so "today" matters. */
export function settableClock(start: string) {
  let current = new Date(start)
  return {
    now: () => current,
    set(iso: string) {
      current = new Date(iso)
    },
  }
}

export interface MeetingsVault {
  core: TestCore
  clock: ReturnType<typeof settableClock>
  roster: Map<string, EnteredMember>
  bodies: Record<BodyKind, BodyView | undefined>
}

/**
 * For a test file: `open()` makes a vault (clock at `start`), unlocks it as the administrator
 * and enters the 11-member roster from 2026-01-01; after each test it is locked and removed.
 */
export function meetingsVaults() {
  const cleanup: string[] = []
  let current: TestCore | undefined
  afterEach(() => {
    current?.context.lock('manual')
    for (const dir of [...(current ? [current.dataDir] : []), ...cleanup.splice(0)]) removeDir(dir)
    current = undefined
  })
  return {
    async open(options: { start?: string; roster?: boolean; onAppEvent?: CoreOptions['onAppEvent'] } = {}): Promise<MeetingsVault> {
      const clock = settableClock(options.start ?? '2026-03-02T01:00:00.000Z')
      const core = await createdVault({ now: clock.now, onAppEvent: options.onAppEvent })
      current = core
      await core.call('auth.unlock', { username: 'admin', password: adminPassword })
      const roster = options.roster === false ? new Map<string, EnteredMember>() : await enterRoster(core)
      const list = await core.call('bodies.list')
      const bodies = Object.fromEntries(list.map((body) => [body.kind, body])) as Record<BodyKind, BodyView | undefined>
      return { core, clock, roster, bodies }
    },
    /** A temporary folder removed after the test (a "USB drive", or files to pick). */
    folder(): string {
      const dir = tempDir('yishi-meetings-')
      cleanup.push(dir)
      return dir
    },
  }
}

export function bodyId(vault: MeetingsVault, kind: BodyKind): string {
  const body = vault.bodies[kind]
  if (!body) throw new Error(`no default body of kind ${kind}`)
  return body.id
}

export function meetingInput(vault: MeetingsVault, kind: BodyKind, date: string, extra: Partial<ChannelInput<'meetings.create'>> = {}): ChannelInput<'meetings.create'> {
  return { bodyId: bodyId(vault, kind), date, startTime: '09:00', place: '区委常委会议室', chairId: vault.roster.get('赵立新')?.personId ?? null, recorderName: '王秘书', ...extra }
}

export function topicInput(vault: MeetingsVault, kind: BodyKind, title: string, extra: Partial<ChannelInput<'topics.save'>> = {}): ChannelInput<'topics.save'> {
  return {
    bodyId: bodyId(vault, kind),
    title,
    category: 'general',
    proposingUnit: '区发展改革委',
    presenter: '李明（区发展改革委主任）',
    leaderInChargeId: vault.roster.get('李建国')?.personId ?? null,
    leaderSignedOffOn: '2026-02-20',
    summary: null,
    consultationItemId: null,
    guests: [],
    ...extra,
  }
}

/** Everything a refused call must leave as it was: the audit head, every meeting in full, every topic. */
async function recordedState(core: TestCore) {
  const meetings = await core.call('meetings.list', {})
  return {
    lastAudit: (await core.call('audit.list', { limit: 1 }))[0]?.id ?? null,
    meetings: await Promise.all(meetings.map((meeting) => core.call('meetings.get', { id: meeting.id }))),
    topics: await core.call('topics.list', { scope: 'all' }),
    bodies: await core.call('bodies.list'),
  }
}

/** Calls a channel that must be refused with `code`; checks nothing changed and returns the message. */
export async function refused<C extends Channel>(core: TestCore, channel: C, input: ChannelInput<C>, code: ErrorCode): Promise<string> {
  const before = await recordedState(core)
  const result = await core.raw(channel, input)
  if (result.ok) throw new Error(`${channel} was expected to be refused with ${code}`)
  expect(result.error.code).toBe(code)
  expect(await recordedState(core)).toEqual(before)
  return result.error.message
}
