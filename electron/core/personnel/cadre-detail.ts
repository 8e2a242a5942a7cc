import { asc, eq } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import type { CadreDetail } from '../../../shared/personnel/views'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import { matters } from '../db/schema/personnel'
import type { Session } from '../session'
import { openBook } from './book-access'
import { cadreSummary, formOf, photoDataUrl, requireCadre } from './cadre-store'
import { matterViews } from './matter-view'
import { timeline } from './register-service'

/** A profile with its form, photo, matters and timeline: the cadre screen in one call. */
export function cadreDetail(session: Session, core: CoreContext, id: string): CadreDetail {
  const db = openBook(session, core)
  const row = requireCadre(db, id)
  const rows = db.select().from(matters).where(eq(matters.cadreId, id)).orderBy(asc(matters.createdAt)).all()
  const form = formOf(row)
  return {
    ...cadreSummary(row, rows.length),
    form: { ...form, photo: null },
    photoDataUrl: photoDataUrl(form.photo),
    matters: matterViews(db, rows, readWorkingCalendar(session.db), localDay(core.now())),
    timeline: timeline(session, core, id),
  }
}
