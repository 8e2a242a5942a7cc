import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, gte, inArray, isNull, lt, notExists, or } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import { isOpenTopic } from '../../../shared/meetings/status'
import type { TopicSummary } from '../../../shared/meetings/views'
import { memberReportTitle, topicCategoryLabels } from '../../../shared/meetings/vocabulary'
import { formatDateTime } from '../../../shared/format/date-time'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, people, topicGuests, topics } from '../db/schema/main'
import { auditedWrite } from '../meetings/audited-write'
import { meetingLabel } from '../meetings/meeting-label'
import { findBody } from '../meetings/meeting-rows'
import type { Session } from '../session'
import { assertTopicChangeable } from './topic-guards'
import { loadTopicSummaries, loadTopicSummary } from './topic-summary'

/** A personnel topic's 酝酿 must be an agenda item of a 书记专题会议. */
function assertConsultation(db: MainDb, itemId: string | null): void {
  if (!itemId) return
  const row = db.select({ kind: bodies.kind, bodyName: bodies.name }).from(agendaItems).innerJoin(meetings, eq(meetings.id, agendaItems.meetingId)).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(eq(agendaItems.id, itemId)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到所选的酝酿记录（可能已被移除），请刷新后重新选择。')
  if (row.kind !== 'secretary') throw new AppError('RULE_VIOLATION', `所选的酝酿记录是${row.bodyName}的议程，不是书记专题会议：干部任免议题须引用书记专题会议的酝酿。`)
}

function assertLeader(db: MainDb, personId: string | null): void {
  if (personId && !db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) {
    throw new AppError('NOT_FOUND', '找不到所选的分管领导（可能已被删除），请刷新后重新选择。')
  }
}

/** A member's report (常委向常委会报告分管工作) is an 一般事项 presented by a known member. */
function assertReportingMember(db: MainDb, personId: string | null, category: string): void {
  if (personId === null) return
  if (!db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) throw new AppError('NOT_FOUND', '找不到所选的报告人（可能已被删除），请刷新后重新选择。')
  if (category !== 'general') throw new AppError('RULE_VIOLATION', `${memberReportTitle}的议题类别应为“一般事项”。`)
}

/** 议题申报: a new topic, or an edit while nothing has been decided or sealed on it. */
export function saveTopic(session: Session, core: CoreContext, input: ChannelParsed<'topics.save'>): TopicSummary {
  const existing = input.id ? loadTopicSummary(session.db, input.id) : null
  if (existing) {
    assertTopicChangeable(session.db, existing, '修改')
    if (existing.bodyId !== input.bodyId && existing.history.length > 0) {
      throw new AppError('RULE_VIOLATION', `议题《${existing.title}》已列入${existing.bodyName}的议程，不能改为提交其他会议：请先从议程中移除。`)
    }
  }
  const body = findBody(session.db, input.bodyId)
  if (body.archived && existing?.bodyId !== body.id) throw new AppError('RULE_VIOLATION', `会议类型“${body.name}”已停用，不能再向其申报议题。`)
  assertLeader(session.db, input.leaderInChargeId)
  assertReportingMember(session.db, input.reportingMemberId, input.category)
  assertConsultation(session.db, input.consultationItemId)
  const id = existing?.id ?? randomUUID()
  const now = core.now()
  const at = now.toISOString()
  const values = {
    bodyId: body.id,
    title: input.title,
    category: input.category,
    proposingUnit: input.proposingUnit,
    presenter: input.presenter,
    leaderInChargeId: input.leaderInChargeId,
    leaderSignedOffOn: input.leaderSignedOffOn,
    summary: input.summary,
    consultationItemId: input.consultationItemId,
    reportingMemberId: input.reportingMemberId,
    updatedAt: at,
    updatedBy: session.user.id,
  }
  auditedWrite(session, now, (tx) => {
    if (existing) tx.update(topics).set(values).where(eq(topics.id, id)).run()
    else tx.insert(topics).values({ id, ...values, createdAt: at, createdBy: session.user.id }).run()
    tx.delete(topicGuests).where(eq(topicGuests.topicId, id)).run()
    input.guests.forEach((guest, index) => {
      tx.insert(topicGuests).values({ id: randomUUID(), topicId: id, name: guest.name, post: guest.post, position: index + 1, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id }).run()
    })
    return { action: existing ? 'topics.update' : 'topics.create', entity: 'topic', entityId: id, summary: `${existing ? '修改' : '申报'}议题《${input.title}》（${topicCategoryLabels[input.category]}，提请单位：${input.proposingUnit}，提交${body.name}）` }
  })
  return loadTopicSummary(session.db, id)
}

/** 书记审定: who entered the approval, and when. */
export function approveTopic(session: Session, core: CoreContext, input: ChannelParsed<'topics.approve'>): TopicSummary {
  const topic = loadTopicSummary(session.db, input.id)
  if (topic.approvedAt) throw new AppError('DUPLICATE', `议题《${topic.title}》已于 ${formatDateTime(topic.approvedAt)} 登记书记审定（登记人：${topic.approvedByName ?? '未知'}），无需重复审定。`)
  if (topic.state === 'withdrawn') throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已撤回，不能再审定。`)
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    tx.update(topics).set({ approvedAt: at, approvedBy: session.user.id, approvedByName: session.user.displayName, updatedAt: at, updatedBy: session.user.id }).where(eq(topics.id, topic.id)).run()
    return { action: 'topics.approve', entity: 'topic', entityId: topic.id, summary: `登记书记审定议题《${topic.title}》` }
  })
  return loadTopicSummary(session.db, topic.id)
}

/** A topic not yet decided can be withdrawn by its proposer; one waiting on an agenda is taken off first. */
export function withdrawTopic(session: Session, core: CoreContext, input: ChannelParsed<'topics.withdraw'>): TopicSummary {
  const topic = loadTopicSummary(session.db, input.id)
  if (topic.state === 'decided') throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已作出决定，不能撤回。`)
  if (topic.state === 'withdrawn') throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已经撤回。`)
  const pending = session.db.select({ meetingId: agendaItems.meetingId }).from(agendaItems).where(and(eq(agendaItems.topicId, topic.id), isNull(agendaItems.outcome))).get()
  if (pending) {
    throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已列入${meetingLabel(session.db, pending.meetingId)}的议程：会前请先从议程中移除再撤回；会议中请将该议题的结果记为“撤回”。`)
  }
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    tx.update(topics).set({ withdrawnAt: at, withdrawnReason: input.reason, updatedAt: at, updatedBy: session.user.id }).where(eq(topics.id, topic.id)).run()
    return { action: 'topics.withdraw', entity: 'topic', entityId: topic.id, summary: `撤回议题《${topic.title}》，原因：${input.reason}` }
  })
  return loadTopicSummary(session.db, topic.id)
}

/** 'open': may still go on an agenda (incl. deferred ones carried over); 'all': everything. Newest first. */
/** The instant a year begins in the office's zone (Beijing, UTC+8 all year), as stored timestamps are written. */
function yearStart(year: number): string {
  return new Date(Date.UTC(year, 0, 1) - 8 * 60 * 60 * 1000).toISOString()
}

export function listTopics(db: MainDb, input: ChannelParsed<'topics.list'>): TopicSummary[] {
  // 'open' leaves out in SQL what can never be open (withdrawn, or decided at a meeting), so
  // the summaries are built for the few open topics, not for thirty years of decided ones;
  // isOpenTopic below still decides, on the full state.
  const closedOutcomes = db
    .select({ one: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.topicId, topics.id), inArray(agendaItems.outcome, ['passed', 'rejected', 'withdrawn'])))
  const open = and(isNull(topics.withdrawnAt), notExists(closedOutcomes))
  const ofYear = input.year === undefined ? undefined : or(and(gte(topics.createdAt, yearStart(input.year)), lt(topics.createdAt, yearStart(input.year + 1))), open)
  const ids = db
    .select({ id: topics.id })
    .from(topics)
    .where(and(input.bodyId ? eq(topics.bodyId, input.bodyId) : undefined, input.scope === 'open' ? open : ofYear))
    .orderBy(desc(topics.createdAt), asc(topics.title))
    .all()
    .map((row) => row.id)
  const summaries = loadTopicSummaries(db, ids)
  return input.scope === 'open' ? summaries.filter((topic) => isOpenTopic(topic.state)) : summaries
}
