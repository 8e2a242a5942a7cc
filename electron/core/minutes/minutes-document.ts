import { eq } from 'drizzle-orm'
import type { DocumentModel } from '../../../shared/documents/model'
import { minutesDocument, minutesMark } from '../../../shared/documents/minutes/layout'
import { personnelParagraphs } from '../../../shared/documents/minutes/personnel'
import type { MinutesView } from '../../../shared/documents/minutes/views'
import { localDay } from '../../../shared/calendar/local-day'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { readDocumentSettings } from '../documents/settings-store'
import { bodies } from '../db/schema/main'
import { findMeeting } from '../live/recording'
import { openBook } from '../personnel/book-access'
import { entryForItem } from '../personnel/book-store'
import { entryView } from '../personnel/entry-view'
import { sealVerifier } from '../seals/signed-seal'
import type { Session } from '../session'
import { minutesState } from './minutes-store'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import type { SealCheck } from '../../../shared/seals/check-code'

// The 纪要 as a 公文 model, for the preview and the .docx. The candidates of 干部任免 items
// are read from the book here, at the time of use, for a holder of the grant only.

/** The paragraphs of each 干部任免 section from the book; null when not chosen or not readable by this user. */
function personnelFromBook(session: Session, core: CoreContext, minutes: MinutesView): Record<string, string[]> | null {
  const sections = minutes.content.sections.filter((section) => section.personnel)
  if (!minutes.content.includePersonnel || sections.length === 0 || session.vault.personnel === null) return null
  const db = openBook(session, core)
  const verifier = sealVerifier(session.db)
  const byItem: Record<string, string[]> = {}
  for (const section of sections) {
    const entry = entryForItem(db, section.agendaItemId)
    if (entry) byItem[section.agendaItemId] = personnelParagraphs(entryView(db, entry, verifier))
  }
  return byItem
}

export function loadedMinutes(session: Session, meetingId: string): MinutesView {
  const minutes = minutesState(session, meetingId).minutes
  if (!minutes) throw new AppError('NOT_FOUND', '这次会议还没有起草纪要：请先点击“起草纪要”。')
  return minutes
}

/** The meeting's seal as it reads now, once the 纪要 is issued (issuing signs the meeting). */
export function issuedMinutesSeal(session: Session, minutes: MinutesView): SealCheck | null {
  return minutes.issued ? loadMeetingDetail(session.db, minutes.meetingId).sealCheck : null
}

export function minutesModel(session: Session, core: CoreContext, minutes: MinutesView): DocumentModel {
  const settings = readDocumentSettings(session.db)
  const bodyId = findMeeting(session.db, minutes.meetingId).bodyId
  const body = session.db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId)).get()
  if (!body) throw new AppError('NOT_FOUND', '找不到该会议所属的会议类型，请刷新后重试。')
  // An issued 纪要 carries the day its 签发人 signed (else, signed before that was recorded, the
  // day it was entered); before that, the day it is looked at.
  const date = minutes.signer?.signedOn ?? localDay(minutes.issued?.at ?? core.now())
  return minutesDocument({
    content: minutes.content,
    documentTitle: `${minutes.meetingLabel}纪要`,
    mark: minutesMark(settings, body),
    issueNumber: minutes.issueNumber,
    office: settings.printingOffice,
    date,
    signerName: minutes.signer?.name ?? null,
    personnel: personnelFromBook(session, core, minutes),
    checkCode: issuedMinutesSeal(session, minutes)?.checkCode,
  })
}

export function previewMinutes(session: Session, core: CoreContext, meetingId: string): DocumentModel {
  return minutesModel(session, core, loadedMinutes(session, meetingId))
}
