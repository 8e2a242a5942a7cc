import { randomUUID } from 'node:crypto'
import { and, asc, eq, ne } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { BodyView } from '../../../shared/meetings/views'
import { bodyKindLabels, meetingNumberingLabels, type BodyKind } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { bodies, meetings } from '../db/schema/main'
import type { Session } from '../session'
import { auditedWrite } from './audited-write'
import { toBodyView } from './meeting-detail'
import { findBody } from './meeting-rows'

export function listBodies(db: MainDb): BodyView[] {
  return db.select().from(bodies).orderBy(asc(bodies.sortOrder), asc(bodies.name)).all().map(toBodyView)
}

/**
 * Adds or edits a body (会议类型). Its numbering decides where existing meetings were
 * numbered and its kind which rules apply, so both are fixed once the body has meetings.
 */
export function saveBody(session: Session, core: CoreContext, input: ChannelParsed<'bodies.save'>): BodyView {
  const existing = input.id ? findBody(session.db, input.id) : null
  const sameName = session.db.select({ id: bodies.id }).from(bodies).where(input.id ? and(eq(bodies.name, input.name), ne(bodies.id, input.id)) : eq(bodies.name, input.name)).get()
  if (sameName) throw new AppError('DUPLICATE', `已有名为“${input.name}”的会议类型，请换一个名称。`)
  const changesMeaning = existing && (existing.numbering !== input.numbering || existing.kind !== input.kind)
  if (changesMeaning && session.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.bodyId, existing.id)).get()) {
    throw new AppError(
      'RULE_VIOLATION',
      `“${existing.name}”已有会议记录，类别和编号方式不能再改（现为${bodyKindLabels[existing.kind as BodyKind]}，${meetingNumberingLabels[existing.numbering as keyof typeof meetingNumberingLabels]}）。如需另一种会议，请新增会议类型。`,
    )
  }
  const id = existing?.id ?? randomUUID()
  const now = core.now()
  const at = now.toISOString()
  const values = { name: input.name, kind: input.kind, numbering: input.numbering, quorumRequired: input.quorumRequired, sortOrder: input.sortOrder, archived: input.archived, updatedAt: at, updatedBy: session.user.id }
  auditedWrite(session, now, (tx) => {
    if (existing) tx.update(bodies).set(values).where(eq(bodies.id, id)).run()
    else tx.insert(bodies).values({ id, ...values, createdAt: at, createdBy: session.user.id }).run()
    const detail = `${bodyKindLabels[input.kind]}，${input.numbering === 'year' ? '按年度编号' : '按届次编号'}，${input.quorumRequired ? '适用法定人数规则' : '不适用法定人数规则'}${input.archived ? '，已停用' : ''}`
    return { action: 'bodies.save', entity: 'body', entityId: id, summary: `${existing ? '修改' : '新增'}会议类型“${input.name}”（${detail}）` }
  })
  return toBodyView(findBody(session.db, id))
}
