import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { candidateDecisionSchema } from '../../../shared/ipc/channels/personnel'
import { checkCandidateDecision, reconsiderationProblem } from '../../../shared/personnel/decision-rules'
import { showLrmxDate } from '../../../shared/personnel/lrmx-types'
import { actionRules } from '../../../shared/personnel/stage-rules'
import type { ActionType, DecisionResult } from '../../../shared/personnel/vocabulary'
import type { z } from 'zod'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, entryDecisions, entryMemberViews, matters, type CandidateSnapshot } from '../db/schema/personnel'
import type { EntryRow } from './book-store'
import { requireCadre, type CadreRow } from './cadre-store'
import type { MeetingContext } from './meeting-context'
import type { MatterRow } from './matter-view'

// Records one candidate's decision in an entry (逐一表决): checks the quorum after this
// candidate's recusals and the 应到-majority, keeps every member's presence and view, and
// a snapshot of the candidate as decided.

export type CandidateDecisionInput = z.output<typeof candidateDecisionSchema>

function snapshotOf(cadre: CadreRow, matter: MatterRow): CandidateSnapshot {
  const education = [cadre.form.fullTimeEducation.education, cadre.form.inServiceEducation.education].filter((e) => e !== '').join('；')
  return {
    name: cadre.name, sex: cadre.sex, birth: cadre.birth, ethnicity: cadre.ethnicity, nativePlace: cadre.nativePlace,
    partyJoined: showLrmxDate(cadre.form.partyJoined), education, currentPost: cadre.currentPost,
    actionType: matter.actionType, proposedPost: matter.proposedPost, postToRemove: matter.postToRemove, reasons: matter.reasons,
  }
}

export interface RecordOptions {
  /** A correction re-records the same meeting: no 复议, no consultation check (already passed when first recorded). */
  correction: boolean
}

export function recordCandidate(db: PersonnelDb, context: MeetingContext, entry: EntryRow, matter: MatterRow, input: CandidateDecisionInput, now: Date, options: RecordOptions): DecisionResult {
  const cadre = requireCadre(db, matter.cadreId)
  const actionType = matter.actionType as ActionType
  if (!options.correction && context.bodyKind === 'standing' && actionRules[actionType].consultation && matter.consultedOn === null) {
    throw new AppError('CONSULTATION_REQUIRED', `${cadre.name}的任免尚未经书记专题会议酝酿，不能提交常委会讨论决定，未保存。`)
  }
  const earlier = matter.decisionEntryId !== null && matter.decisionEntryId !== entry.id && matter.decisionResult !== 'deferred'
  if (!options.correction && earlier) {
    const problem = reconsiderationProblem(context.members.length, input.reconsiderationAgreed, matter.appointedOn !== null)
    if (problem !== null) throw new AppError('RULE_VIOLATION', `${cadre.name}：${problem}，未保存。`)
  }
  const recusalReasons = new Map(input.recusals.map((r) => [r.memberId, r.reason]))
  for (const id of context.itemRecusedIds) if (!recusalReasons.has(id)) recusalReasons.set(id, '整个议题回避')
  const nameOf = (id: string) => context.members.find((m) => m.id === id)?.name ?? '该人员'
  const check = checkCandidateDecision(
    {
      memberIds: context.members.map((m) => m.id),
      presentIds: context.members.filter((m) => m.present).map((m) => m.id),
      absentForItemIds: context.absentForItemIds,
      recusedIds: [...recusalReasons.keys()],
      quorumRequired: context.quorumRequired,
      voteMethod: input.voteMethod,
      views: Object.fromEntries(input.views.map((v) => [v.memberId, v.view])),
      counts: input.counts,
      deferred: input.deferred,
    },
    nameOf,
  )
  if (!check.ok) throw new AppError(check.code, `${cadre.name}：${check.problem}，未保存。`)

  const previous = db.select().from(entryDecisions).where(and(eq(entryDecisions.entryId, entry.id), eq(entryDecisions.matterId, matter.id))).get()
  if (previous) {
    db.delete(entryMemberViews).where(eq(entryMemberViews.decisionId, previous.id)).run()
    db.delete(entryDecisions).where(eq(entryDecisions.id, previous.id)).run()
  }
  const last = db.select({ position: entryDecisions.position }).from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).orderBy(desc(entryDecisions.position)).get()
  const decisionId = randomUUID()
  db.insert(entryDecisions)
    .values({
      id: decisionId, entryId: entry.id, matterId: matter.id, position: previous?.position ?? (last?.position ?? 0) + 1, candidate: snapshotOf(cadre, matter),
      voteMethod: input.voteMethod, members: context.members.length, participants: check.participants.length,
      votesFor: check.counts.for, votesAgainst: check.counts.against, votesAbstain: check.counts.abstain, result: check.result,
      reconsiderationAgreed: earlier ? input.reconsiderationAgreed : null, decidedAt: now.toISOString(),
    })
    .run()
  const inRoom = new Set(check.participants)
  const viewOf = new Map(input.views.map((v) => [v.memberId, v.view]))
  for (const member of context.members) {
    const presence = recusalReasons.has(member.id) ? 'recused' : inRoom.has(member.id) ? 'present' : 'absent'
    db.insert(entryMemberViews)
      .values({ decisionId, memberId: member.id, memberName: member.name, rank: member.rank, presence, view: presence === 'present' ? (viewOf.get(member.id) ?? null) : null, recusalReason: recusalReasons.get(member.id) ?? null })
      .run()
  }
  return check.result
}

/**
 * The matter's 酝酿 and 讨论决定 as the book records them: the latest entry wins (a later
 * meeting, or a correction of the same one). A consultation typed by hand is left alone.
 */
export function refreshMatterFromBook(db: PersonnelDb, matter: MatterRow): MatterRow {
  const rows = db
    .select({ entry: bookEntries, result: entryDecisions.result })
    .from(entryDecisions)
    .innerJoin(bookEntries, eq(bookEntries.id, entryDecisions.entryId))
    .where(eq(entryDecisions.matterId, matter.id))
    .orderBy(asc(bookEntries.meetingDate), asc(bookEntries.createdAt))
    .all()
  const decisions = rows.filter((r) => r.entry.bodyKind !== 'secretary')
  const consultations = rows.filter((r) => r.entry.bodyKind === 'secretary' && r.result === 'passed')
  const decision = decisions.at(-1)
  const consultation = consultations.at(-1)
  const fromBook = matter.consultationItemId !== null && rows.some((r) => r.entry.agendaItemId === matter.consultationItemId)
  const next: MatterRow = {
    ...matter,
    decidedOn: decision?.entry.meetingDate ?? null,
    decisionMeetingId: decision?.entry.meetingId ?? null,
    decisionItemId: decision?.entry.agendaItemId ?? null,
    decisionResult: decision?.result ?? null,
    decisionEntryId: decision?.entry.id ?? null,
    ...(consultation
      ? { consultedOn: consultation.entry.meetingDate, consultationMeetingId: consultation.entry.meetingId, consultationItemId: consultation.entry.agendaItemId }
      : fromBook
        ? { consultedOn: null, consultationMeetingId: null, consultationItemId: null }
        : {}),
  }
  const { id, ...values } = next
  db.update(matters).set(values).where(eq(matters.id, id)).run()
  return next
}

