import { eq, inArray } from 'drizzle-orm'
import { buildBookEntryPage, type EntryMeeting } from '../../../shared/documents/personnel/book-entry-page'
import { classificationMark } from '../../../shared/documents/settings'
import type { DocumentModel } from '../../../shared/documents/model'
import type { SealCheck } from '../../../shared/seals/check-code'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { meetings, people } from '../db/schema/main'
import { agendaItems, topics } from '../db/schema/meetings'
import { entryDecisions, matters } from '../db/schema/personnel'
import { readDocumentSettings } from '../documents/settings-store'
import { openBook } from '../personnel/book-access'
import { requireEntry } from '../personnel/book-store'
import { entryView } from '../personnel/entry-view'
import { sealVerifier } from '../seals/signed-seal'
import type { Session } from '../session'

// A page of the book as a document: the entry as the book screen shows it, the meeting's
// place, time, chair and recorder from the main store (the names the seal kept win), who
// briefed it (the topic's 汇报人), each candidate's post as it was when decided and the
// dates of 考察 and 酝酿 its matter records.

function entryMeeting(db: MainDb, meetingId: string, label: string, date: string, sealed: { chairName: string; recorderName: string } | null): EntryMeeting {
  const row = db
    .select({ date: meetings.date, startTime: meetings.startTime, place: meetings.place, recorderName: meetings.recorderName, chairName: people.name })
    .from(meetings)
    .leftJoin(people, eq(people.id, meetings.chairId))
    .where(eq(meetings.id, meetingId))
    .get()
  return {
    label,
    date: row?.date ?? date,
    startTime: row?.startTime ?? '',
    place: row?.place ?? '',
    chairName: sealed?.chairName ?? row?.chairName ?? '',
    recorderName: sealed?.recorderName ?? row?.recorderName ?? '',
  }
}

export function entryPageModel(session: Session, core: CoreContext, entryId: string): { model: DocumentModel; label: string; seal: SealCheck | null } {
  const db = openBook(session, core)
  const entry = entryView(db, requireEntry(db, entryId), sealVerifier(session.db))
  const snapshots = db.select({ id: entryDecisions.id, candidate: entryDecisions.candidate }).from(entryDecisions).where(eq(entryDecisions.entryId, entryId)).all()
  const matterIds = entry.candidates.map((c) => c.matterId)
  const stageRows = matterIds.length === 0 ? [] : db.select({ id: matters.id, inspectedOn: matters.inspectedOn, consultedOn: matters.consultedOn }).from(matters).where(inArray(matters.id, matterIds)).all()
  const stagesByMatter = new Map(stageRows.map((row) => [row.id, { inspectedOn: row.inspectedOn, consultedOn: row.consultedOn }]))
  const topic = session.db.select({ presenter: topics.presenter }).from(agendaItems).innerJoin(topics, eq(topics.id, agendaItems.topicId)).where(eq(agendaItems.id, entry.agendaItemId)).get()
  const model = buildBookEntryPage({
    entry,
    meeting: entryMeeting(session.db, entry.meetingId, entry.meetingLabel, entry.meetingDate, entry.sealed),
    currentPosts: Object.fromEntries(snapshots.map((s) => [s.id, s.candidate.currentPost])),
    classification: classificationMark(readDocumentSettings(session.db).defaultClassification),
    stages: Object.fromEntries(entry.candidates.flatMap((c) => { const stages = stagesByMatter.get(c.matterId); return stages ? [[c.id, stages]] : [] })),
    briefedBy: topic?.presenter ?? null,
  })
  return { model, label: entry.label, seal: entry.sealed?.check ?? null }
}
