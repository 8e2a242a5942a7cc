import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { TopicSummary } from '../../../shared/meetings/views'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, terms } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'

/** The label of a signed (sealed) meeting that has this topic on its agenda, or null. */
export function sealedMeetingOf(db: MainDb, topicId: string): string | null {
  const row = db
    .select(meetingLabelColumns)
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(and(eq(agendaItems.topicId, topicId), eq(meetings.status, 'signed')))
    .get()
  return row ? labelOf(row) : null
}

/**
 * A topic that a signed record shows, or that has been decided, no longer changes: the
 * record would change under the signature. `action` says what was refused.
 */
export function assertTopicChangeable(db: MainDb, topic: TopicSummary, action: string): void {
  const sealed = sealedMeetingOf(db, topic.id)
  if (sealed) throw new AppError('MEETING_SEALED', `议题《${topic.title}》已载入签发封存的${sealed}记录，不能再${action}。如需更正，请在该会议记录中添加更正记录。`)
  if (topic.state === 'decided') throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已作出决定，不能再${action}。`)
  if (topic.state === 'withdrawn') throw new AppError('RULE_VIOLATION', `议题《${topic.title}》已撤回，不能再${action}。`)
}
