import { meetingStatusLabels, topicCategoryLabels } from '../../shared/meetings/vocabulary'
import type { MeetingDetail } from '../../shared/meetings/views'
import type { DemoCore } from './demo-core'

// What the demo vault holds, read back through the channels (the same the screens use).

export interface DemoCounts {
  people: number
  membersToday: number
  membershipPeriods: number
  workAreas: number
  substitutionsToday: number
  dutyLines: number
  meetingsByBody: Record<string, number>
  meetingsByStatus: Record<string, number>
  topicsByCategory: Record<string, number>
  materials: number
  agendaItems: number
  speeches: number
  leaves: number
  writtenViews: number
  recusals: number
  votes: number
  amendments: number
  /** A few records worth finding in the app. */
  deferredThenDecided: { title: string; outcomes: (string | null)[] }[]
  recusal: { meeting: string; member: string; reason: string } | null
  amendment: { meeting: string; reason: string } | null
  signedSample: { meeting: string; sealHash: string | null } | null
  personnel: PersonnelCounts
}

/** The book's year: what the 干部任免 page shows. */
export interface PersonnelCounts {
  cadres: number
  matters: number
  entries: number
  sealedEntries: number
  consultations: number
  decisions: Record<string, number>
  notices: number
  appointments: number
  probations: number
}

async function countBook(demo: DemoCore): Promise<PersonnelCounts> {
  const { call } = demo
  const entries = await call('personnel.listEntries', {})
  const matters = await call('personnel.listMatters', {})
  const decided = matters.filter((matter) => matter.decision !== null)
  return {
    cadres: (await call('personnel.listCadres', {})).length,
    matters: matters.length,
    entries: entries.length,
    sealedEntries: entries.filter((entry) => entry.sealed !== null).length,
    consultations: matters.filter((matter) => matter.stages.consultedOn !== null).length,
    decisions: tally(decided.map((matter) => matter.decision!.resultLabel)),
    notices: matters.filter((matter) => matter.stages.noticeStart !== null).length,
    appointments: matters.filter((matter) => matter.appointmentDocNo !== null).length,
    probations: matters.filter((matter) => matter.stages.probationEnd !== null).length,
  }
}

const tally = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {})

export async function countRecords(demo: DemoCore, today: string): Promise<DemoCounts> {
  const { call } = demo
  const members = await call('roster.asOf', { date: today })
  const duties = await Promise.all(members.map((member) => call('roster.duties', { personId: member.personId })))
  const summaries = await call('meetings.list', {})
  const details: MeetingDetail[] = []
  for (const summary of summaries) details.push(await call('meetings.get', { id: summary.id }))
  const items = details.flatMap((detail) => detail.items.map((item) => ({ detail, item })))
  const topics = await call('topics.list', { scope: 'all' })
  const recused = items.find(({ item }) => item.recusals.length > 0)
  const amended = details.find((detail) => detail.amendments.length > 0)
  const signed = details.find((detail) => detail.status === 'signed' && detail.body.kind === 'standing')
  const memberName = (detail: MeetingDetail, personId: string) => detail.members.find((member) => member.personId === personId)?.name ?? personId
  return {
    people: (await call('roster.people')).length,
    membersToday: members.length,
    membershipPeriods: (await call('roster.history')).length,
    workAreas: (await call('roster.division', { date: today })).areas.length,
    substitutionsToday: (await call('roster.substitutions', { date: today })).length,
    dutyLines: duties.reduce((sum, lines) => sum + lines.length, 0),
    meetingsByBody: tally(details.map((detail) => detail.body.name)),
    meetingsByStatus: tally(details.map((detail) => meetingStatusLabels[detail.status])),
    topicsByCategory: tally(topics.map((topic) => topicCategoryLabels[topic.category])),
    materials: topics.reduce((sum, topic) => sum + topic.materials.length, 0),
    agendaItems: items.length,
    speeches: items.reduce((sum, { item }) => sum + item.speeches.length, 0),
    leaves: details.reduce((sum, detail) => sum + detail.members.filter((member) => member.attendance === 'leave').length, 0),
    writtenViews: details.reduce((sum, detail) => sum + detail.members.filter((member) => member.writtenView).length, 0),
    recusals: items.reduce((sum, { item }) => sum + item.recusals.length, 0),
    votes: items.filter(({ item }) => item.vote !== null).length,
    amendments: details.reduce((sum, detail) => sum + detail.amendments.length, 0),
    deferredThenDecided: topics
      .filter((topic) => topic.history.some((entry) => entry.outcome === 'deferred') && topic.state === 'decided')
      .map((topic) => ({ title: topic.title, outcomes: topic.history.map((entry) => entry.outcome) })),
    recusal: recused ? { meeting: recused.detail.label, member: memberName(recused.detail, recused.item.recusals[0]!.personId), reason: recused.item.recusals[0]!.reason } : null,
    amendment: amended ? { meeting: amended.label, reason: amended.amendments[0]!.reason } : null,
    signedSample: signed ? { meeting: signed.label, sealHash: signed.sealHash } : null,
    personnel: await countBook(demo),
  }
}

export function describeCounts(counts: DemoCounts): string {
  const list = (record: Record<string, number>) => Object.entries(record).map(([name, count]) => `${name} ${count}`).join('，')
  return [
    `  人员 ${counts.people} 人；今日常委 ${counts.membersToday} 人；任职记录 ${counts.membershipPeriods} 段；分工领域 ${counts.workAreas} 个；缺位互补 ${counts.substitutionsToday} 条；职责清单 ${counts.dutyLines} 条`,
    `  会议：${list(counts.meetingsByBody)}（${list(counts.meetingsByStatus)}）`,
    `  议题：${list(counts.topicsByCategory)}；汇报材料 ${counts.materials} 份；议程 ${counts.agendaItems} 项`,
    `  发言 ${counts.speeches} 条；请假 ${counts.leaves} 人次；书面意见 ${counts.writtenViews} 份；回避 ${counts.recusals} 次；表决 ${counts.votes} 次；更正 ${counts.amendments} 条`,
    ...counts.deferredThenDecided.map((topic) => `  缓议后再议：${topic.title}`),
    counts.recusal ? `  回避：${counts.recusal.meeting}，${counts.recusal.member}（${counts.recusal.reason}）` : '',
    counts.amendment ? `  签发后更正：${counts.amendment.meeting}（${counts.amendment.reason}）` : '',
    `  干部任免：干部 ${counts.personnel.cadres} 人（由 .lrmx 任免审批表导入）；任免事项 ${counts.personnel.matters} 件；专用记录本 ${counts.personnel.entries} 条（已封存 ${counts.personnel.sealedEntries} 条）`,
    `  酝酿 ${counts.personnel.consultations} 人；讨论决定：${list(counts.personnel.decisions)}；任前公示 ${counts.personnel.notices} 人；任职通知 ${counts.personnel.appointments} 人；试用期 ${counts.personnel.probations} 人`,
  ]
    .filter(Boolean)
    .join('\n')
}
