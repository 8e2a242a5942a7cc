import { checkBallotTally } from '../../../shared/meetings/ballot-tally'
import { participantsOf } from '../../../shared/meetings/quorum'
import { AppError } from '../../../shared/errors'
import type { ballotTallyInput } from '../../../shared/ipc/channels/personnel'
import type { BookEntryView } from '../../../shared/personnel/views'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import { entryBallotTallies } from '../db/schema/personnel'
import type { Session } from '../session'
import { requireEntry } from './book-store'
import { writeBook } from './book-write'
import { requireCadre } from './cadre-store'
import { recordCandidate, refreshMatterFromBook } from './candidate-record'
import { assertRecordable, labelOfEntry, matterOfItem, openEntryForItem } from './decide-service'
import { entryView } from './entry-view'
import { readMeetingContext, type MeetingContext } from './meeting-context'
import { assertMatterRules } from './matters-service'
import { sealVerifier } from '../seals/signed-seal'

// 无记名投票的计票 for a personnel item: the tally is checked by the one rule the tally
// screen shows live (checkBallotTally), then every candidate is recorded in the book as a
// secret ballot with its counts, and the tally kept with the entry, in one transaction:
// a refused tally saves nothing.

type BallotTallyInput = z.output<typeof ballotTallyInput>

/** 发出: one ballot per member taking part in the item (present, not out for it, not recused for all of it). */
export function ballotParticipants(context: MeetingContext): string[] {
  return participantsOf({
    memberIds: context.members.map((m) => m.id),
    presentIds: context.members.filter((m) => m.present).map((m) => m.id),
    absentForItemIds: context.absentForItemIds,
    recusedIds: context.itemRecusedIds,
  })
}

export function recordBallotTally(session: Session, core: CoreContext, input: BallotTallyInput): BookEntryView {
  const context = readMeetingContext(session.db, input.meetingId, input.agendaItemId)
  assertRecordable(context)
  const nameOf = (id: string) => context.members.find((m) => m.id === id)?.name ?? '该人员'
  const matterIds = input.candidates.map((c) => c.matterId)
  if (new Set(matterIds).size !== matterIds.length) throw new AppError('VOTE_INVALID', '同一名人选在计票中只能出现一次，未保存。')
  return writeBook(session, core, (db, now) => {
    const matters = input.candidates.map((c) => matterOfItem(db, context, c.matterId))
    const present = context.members.filter((m) => m.present).map((m) => m.id)
    const issued = ballotParticipants(context).length
    const check = checkBallotTally(
      {
        issued, returned: input.returned, valid: input.valid, invalid: input.invalid,
        candidates: input.candidates.map((c, i) => ({ name: requireCadre(db, matters[i]!.cadreId).name, counts: c.counts })),
        scrutineerIds: input.scrutineerIds, tellerIds: input.tellerIds, presentIds: present, memberCount: context.members.length,
      },
      nameOf,
    )
    if (!check.ok) throw new AppError('VOTE_INVALID', `${check.problem}，未保存。`)
    const entry = openEntryForItem(db, context, session.actor.userName, now)
    input.candidates.forEach((candidate, i) => {
      const matter = matters[i]!
      recordCandidate(db, context, entry, matter, { ...candidate, voteMethod: 'secret', views: [], deferred: false }, now, { correction: false })
      assertMatterRules(session, refreshMatterFromBook(db, matter))
    })
    const inRankOrder = (ids: readonly string[]) => context.members.filter((m) => ids.includes(m.id)).map((m) => m.name)
    const tally = {
      members: context.members.length, present: present.length, issued, returned: input.returned, valid: input.valid, invalid: input.invalid,
      scrutineers: inRankOrder(input.scrutineerIds), tellers: inRankOrder(input.tellerIds), recordedAt: now.toISOString(),
    }
    db.insert(entryBallotTallies).values({ entryId: entry.id, ...tally }).onConflictDoUpdate({ target: entryBallotTallies.entryId, set: tally }).run()
    const label = labelOfEntry(db, entry)
    return {
      value: entryView(db, requireEntry(db, entry.id), sealVerifier(session.db)),
      // Counts only: the audit log is readable without the grant, so no cadre's name.
      audit: { action: 'personnel.entry.ballotTally', entity: 'personnel_entry', entityId: entry.id, summary: `专用记录本${label}：登记无记名投票计票结果（${input.candidates.length}名人选，发出${issued}张，收回${input.returned}张，有效${input.valid}张）` },
    }
  })
}

