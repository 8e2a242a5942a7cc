import { expect } from 'vitest'
import type { ErrorCode, Result } from '../../../shared/errors'
import { auditHead, memberDuties, memberships, people, substitutions, terms, workAreas, workAssignments } from '../../../electron/core/db/schema/main'
import type { TestCore } from '../../support/vault'

/** Every roster row and the audit count: equal before and after a refused call means nothing was saved. */
export function rosterSnapshot(core: TestCore): string {
  const db = core.context.session!.db
  const tables = [people, terms, memberships, workAreas, workAssignments, substitutions, memberDuties, auditHead]
  return JSON.stringify(tables.map((table) => db.select().from(table).all()))
}

/** Adds a person and a membership period; returns both ids. */
export async function addMember(core: TestCore, name: string, post: string, rank: number, startDate = '2026-01-01') {
  const person = await core.call('roster.savePerson', { name, sex: '男', unit: null, note: null })
  const membership = await core.call('roster.addMembership', { personId: person.id, post, rank, startDate })
  return { personId: person.id, membershipId: membership.id }
}

/** Calls a channel that must be refused, and checks the code, the message and that nothing changed. */
export async function expectRefused(core: TestCore, call: () => Promise<Result<unknown>>, code: ErrorCode, message: string | RegExp) {
  const before = rosterSnapshot(core)
  const result = await call()
  expect(result).toMatchObject({ ok: false, error: { code } })
  if (!result.ok && typeof message === 'string') expect(result.error.message).toBe(message)
  if (!result.ok && typeof message !== 'string') expect(result.error.message).toMatch(message)
  expect(rosterSnapshot(core), 'a refused call must save nothing').toBe(before)
}

