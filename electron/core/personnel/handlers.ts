import type { HandlerGroup } from '../handler-types'
import { openBook } from './book-access'
import { entryForItem, listEntries, requireEntry } from './book-store'
import { sealVerifier } from '../seals/signed-seal'
import { cadreDetail } from './cadre-detail'
import { saveCadre } from './cadre-edit'
import { listCadres } from './cadre-store'
import { recordBallotTally } from './ballot-tally-service'
import { correctEntry, decideCandidate, withdrawDecision } from './decide-service'
import { entryView } from './entry-view'
import { exportLrmx } from './lrmx-export'
import { importLrmx, previewLrmx, previewLrmxBytes } from './lrmx-import'
import { listMatters, saveMatter } from './matters-service'
import { topicOfItem } from './meeting-context'
import { exportRegister } from './register-export'
import { counts, reminders, searchRegister, timeline } from './register-service'

export const personnelHandlers = {
  'personnel.status': (_input, session) => ({ open: session.vault.personnel !== null }),
  'personnel.listCadres': (input, session, core) => listCadres(openBook(session, core), input.query ?? null),
  'personnel.getCadre': (input, session, core) => cadreDetail(session, core, input.id),
  'personnel.saveCadre': (input, session, core) => saveCadre(session, core, input),
  'personnel.listMatters': (input, session, core) => listMatters(session, core, input),
  'personnel.saveMatter': (input, session, core) => saveMatter(session, core, input),
  'personnel.listEntries': (input, session, core) => listEntries(openBook(session, core), input.year, sealVerifier(session.db)),
  'personnel.getEntry': (input, session, core) => {
    const db = openBook(session, core)
    return entryView(db, requireEntry(db, input.id), sealVerifier(session.db))
  },
  'personnel.entryForItem': (input, session, core) => {
    const db = openBook(session, core)
    const entry = entryForItem(db, input.agendaItemId)
    const topicId = topicOfItem(session.db, input.agendaItemId)
    return { entry: entry ? entryView(db, entry, sealVerifier(session.db)) : null, matters: topicId ? listMatters(session, core, { topicId }) : [] }
  },
  'personnel.decideCandidate': (input, session, core) => decideCandidate(session, core, input),
  'personnel.recordBallotTally': (input, session, core) => recordBallotTally(session, core, input),
  'personnel.withdrawDecision': (input, session, core) => withdrawDecision(session, core, input),
  'personnel.correctEntry': (input, session, core) => correctEntry(session, core, input),
  'personnel.searchRegister': (input, session, core) => searchRegister(session, core, input),
  'personnel.timeline': (input, session, core) => timeline(session, core, input.cadreId),
  'personnel.reminders': (_input, session, core) => reminders(session, core),
  'personnel.counts': (_input, session, core) => counts(session, core),
  'personnel.exportRegister': (input, session, core) => exportRegister(session, core, input),
  'personnel.previewLrmx': (_input, session, core) => previewLrmx(session, core),
  'personnel.previewLrmxBytes': (input, session, core) => previewLrmxBytes(session, core, input),
  'personnel.importLrmx': (input, session, core) => importLrmx(session, core, input),
  'personnel.exportLrmx': (input, session, core) => exportLrmx(session, core, input.matterId),
} satisfies HandlerGroup<
  | 'personnel.status' | 'personnel.listCadres' | 'personnel.getCadre' | 'personnel.saveCadre' | 'personnel.listMatters' | 'personnel.saveMatter' | 'personnel.listEntries'
  | 'personnel.getEntry' | 'personnel.entryForItem' | 'personnel.decideCandidate' | 'personnel.recordBallotTally' | 'personnel.withdrawDecision' | 'personnel.correctEntry'
  | 'personnel.searchRegister' | 'personnel.timeline' | 'personnel.reminders' | 'personnel.counts' | 'personnel.exportRegister'
  | 'personnel.previewLrmx' | 'personnel.previewLrmxBytes' | 'personnel.importLrmx' | 'personnel.exportLrmx'
>
