import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { PersonnelDb } from '../db/migrate'
import type { Session } from '../session'

// Reading the book needs approval and every opening is logged: the first use of the
// book in a session writes one audit entry with the user (a new unlock is a new session).
const openedIn = new WeakSet<Session>()

export function openBook(session: Session, core: CoreContext): PersonnelDb {
  const db = session.vault.personnel
  // The dispatcher already refused anyone without the grant; without the key nothing could be read anyway.
  if (db === null) throw new AppError('FORBIDDEN', '您没有干部任免权限，不能打开干部任免专用记录本。')
  if (!openedIn.has(session)) {
    appendAudit(session.db, session.actor, { action: 'personnel.open', entity: 'personnel_book', summary: `${session.actor.userName}打开干部任免专用记录本` }, core.now())
    openedIn.add(session)
  }
  return db
}

/** Turns the seal triggers' abort into the error the user understands. */
export function refuseSealedWrite<T>(write: () => T): T {
  try {
    return write()
  } catch (error) {
    if (error instanceof Error && /SEALED/u.test(error.message)) throw new AppError('BOOK_ENTRY_SEALED')
    throw error
  }
}
