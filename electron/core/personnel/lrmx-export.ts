import { dirname } from 'node:path'
import type { SavedFile } from '../../../shared/personnel/views'
import { actionTypeLabels, type ActionType } from '../../../shared/personnel/vocabulary'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { Session } from '../session'
import { openBook } from './book-access'
import { formOf, requireCadre } from './cadre-store'
import { writeLrmx } from './lrmx'
import { requireMatter } from './matters-service'
import { writeBytesThenRename } from '../files/write-then-rename'

// A candidate's approval form as .lrmx (Version 3.2.x) for the national editor: the
// profile as held, with the matter's proposed post, post to remove and reasons. The audit
// entry names the folder only: the file name usually carries the cadre's name.

export async function exportLrmx(session: Session, core: CoreContext, matterId: string): Promise<SavedFile | null> {
  const db = openBook(session, core)
  const matter = requireMatter(db, matterId)
  const cadre = requireCadre(db, matter.cadreId)
  const form = formOf(cadre)
  const person = {
    ...form,
    proposedPost: matter.proposedPost || form.proposedPost,
    postToRemove: matter.postToRemove || form.postToRemove,
    appointmentReasons: matter.reasons || form.appointmentReasons,
  }
  const path = await core.shell.pickSaveFile({ title: '导出干部任免审批表', defaultName: `${cadre.name}.lrmx`, filters: [{ name: '干部任免审批表', extensions: ['lrmx'] }] })
  if (!path) return null
  await writeBytesThenRename(path, writeLrmx(person))
  const what = actionTypeLabels[matter.actionType as ActionType]
  appendAudit(session.db, session.actor, { action: 'personnel.exportLrmx', entity: 'personnel_matter', entityId: matter.id, summary: `导出一份干部任免审批表（${what}）到 ${dirname(path)}` }, core.now())
  return { path }
}
