import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { probationEndDate } from '../../../shared/personnel/stage-rules'
import type { CoreContext } from '../context'
import { matters } from '../db/schema/personnel'
import { writeBook } from '../personnel/book-write'
import type { MatterRow } from '../personnel/matter-view'
import { assertMatterRules, requireMatter } from '../personnel/matters-service'
import type { Session } from '../session'

// After an export the secretary may enter what the document fixes into the register: the
// 任职通知's number and date, or the 任前公示's period. Each matter is checked by the same
// rules as a hand edit; all of them change in one transaction or none does.

type MatterChange = Partial<Pick<MatterRow, 'appointmentDocNo' | 'appointedOn' | 'probationEnd' | 'noticeStart' | 'noticeEnd'>>

function recordOnMatters(session: Session, core: CoreContext, ids: readonly string[], change: (row: MatterRow) => MatterChange, audit: { action: string; summary: string }): void {
  writeBook(session, core, (db, now) => {
    for (const id of ids) {
      const existing = requireMatter(db, id)
      const values = { ...change(existing), updatedAt: now.toISOString() }
      assertMatterRules(session, { ...existing, ...values })
      db.update(matters).set(values).where(eq(matters.id, id)).run()
    }
    return { value: null, audit: { ...audit, entity: 'personnel_matter' } }
  })
}

export function recordAppointment(session: Session, core: CoreContext, ids: readonly string[], docNumber: string, date: string): void {
  recordOnMatters(
    session,
    core,
    ids,
    (row) => {
      if (row.appointmentDocNo !== null && row.appointmentDocNo !== docNumber) {
        throw new AppError('RULE_VIOLATION', `所选事项已登记任职通知文号“${row.appointmentDocNo}”，与本通知的文号不同，未登记到台账。`)
      }
      return { appointmentDocNo: docNumber, appointedOn: date, probationEnd: row.probation ? probationEndDate(date) : null }
    },
    { action: 'personnel.matter.recordAppointment', summary: `登记任职通知 ${docNumber}（${ids.length} 个任免事项）` },
  )
}

export function recordNotice(session: Session, core: CoreContext, ids: readonly string[], start: string, end: string): void {
  recordOnMatters(session, core, ids, () => ({ noticeStart: start, noticeEnd: end }), {
    action: 'personnel.matter.recordNotice',
    summary: `登记任前公示 ${start} 至 ${end}（${ids.length} 个任免事项）`,
  })
}
