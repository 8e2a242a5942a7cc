import { randomBytes, randomUUID } from 'node:crypto'
import type { SqliteDatabase } from '../../electron/core/vault/store'
import { addDays } from '../../shared/roster/dates'
import type { DemoRandom } from '../demo/random'
import type { RosterMember, SyntheticRoster } from './build-roster'
import { speechNotes, subjects, topicKinds, units } from './synthetic-text'

// One meeting's rows, written with prepared statements inside the caller's transaction. The
// meeting is written as 已结束 (ended): the seal triggers refuse rows of a signed meeting, so
// 签发 comes after, from the record as the app reads it (build-vault.ts).

export const standingBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000001'
export const secretaryBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000003'

export interface MeetingPlan {
  bodyId: string
  date: string
  sequence: number
  topicCount: number
  /** A meeting still to come: 筹备, nothing recorded yet. */
  upcoming: boolean
}

export interface WrittenMeeting {
  id: string
  plan: MeetingPlan
  chair: RosterMember
  members: RosterMember[]
  present: RosterMember[]
  /** The personnel item (standing committee only): its candidates go into the book. */
  personnelItem: { itemId: string; topicId: string; title: string } | null
  /** What the audit log records for it (one entry per change, as the app would write). */
  audit: { action: string; entity: string; entityId: string; summary: string; at: string }[]
}

export type PersonnelItem = NonNullable<WrittenMeeting['personnelItem']>
/** The reference the meeting record keeps (干部任免事项（详见专用记录本…）) and the entry's writer. */
export type PersonnelBook = (item: PersonnelItem) => { text: string; write: (meeting: WrittenMeeting) => void }

export interface MeetingWriterOptions {
  materialBytes: [number, number]
  /** Each topic's material size, when given (the realistic profile); else drawn from materialBytes. */
  materialSize?: () => number
  /** Seals a material into the vault's files folder and returns its row's columns (the app's own path). */
  sealMaterial: (rowId: string, content: Buffer) => { size: number; sha256: string; fileId: string; fileKey: string }
  today: string
  userId: string
  userName: string
}

// Material bytes: a slice of one random pool (the content is encrypted anyway; drawing
// gigabytes of fresh random bytes would only slow the build).
const pool = randomBytes(6 * 1024 * 1024)
function materialContent(size: number): Buffer {
  const start = Math.floor(Math.random() * Math.max(1, pool.length - size))
  return size <= pool.length ? pool.subarray(start, start + size) : randomBytes(size)
}

/** Prepared once; `write` puts one meeting with its topics, items, speeches, materials and tasks. */
export function meetingWriter(db: SqliteDatabase, random: DemoRandom, roster: SyntheticRoster, options: MeetingWriterOptions) {
  const q = {
    meeting: db.prepare(
      `insert into meetings (id, body_id, term_id, numbering_scope, sequence, date, start_time, end_time, place, chair_id, recorder_name, status, notified_at, started_at, ended_at, created_at, created_by, updated_at, updated_by)
       values (?, ?, ?, ?, ?, ?, '09:00', ?, '区委常委会议室', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    member: db.prepare('insert into meeting_members (meeting_id, person_id, rank, post, attendance, leave_reason, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    topic: db.prepare(
      `insert into topics (id, body_id, title, category, proposing_unit, presenter, leader_in_charge_id, leader_signed_off_on, summary, approved_at, approved_by, approved_by_name, created_at, created_by, updated_at, updated_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    material: db.prepare(`insert into topic_materials (id, topic_id, file_name, media_type, size, sha256, content, received_at, received_by, file_id, file_key) values (?, ?, ?, ?, ?, ?, x'', ?, ?, ?, ?)`),
    item: db.prepare(
      `insert into agenda_items (id, meeting_id, topic_id, position, report_notes, vote_method, votes_for, votes_against, votes_abstain, outcome, decision_text, lead_leader_id, responsible_units, deadline, decided_at, decided_by, created_at, created_by, updated_at, updated_by)
       values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    speech: db.prepare('insert into speeches (agenda_item_id, person_id, notes, stance, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    task: db.prepare(
      `insert into follow_up_tasks (id, agenda_item_id, lead_leader_id, responsible_units, deadline, state, completed_at, closed_at, created_at, created_by, updated_at, updated_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  }
  const { userId, userName } = options

  /** `personnel` reserves the book's entry for the personnel item and writes it once the meeting is complete. */
  return function write(plan: MeetingPlan, personnelBook: PersonnelBook): WrittenMeeting {
    const id = randomUUID()
    const members = roster.asOf(plan.date)
    const chair = members[0]!
    const day = (offset: number, time = '08:00:00') => `${addDays(plan.date, offset)}T${time}.000Z`
    const status = plan.upcoming ? 'preparing' : 'ended'
    const ended = plan.upcoming ? null : day(0, '11:30:00')
    q.meeting.run(id, plan.bodyId, roster.termIdOf(plan.date), plan.date.slice(0, 4), plan.sequence, plan.date, plan.upcoming ? null : '11:30', chair.personId, userName, status,
      plan.upcoming ? null : day(-3), plan.upcoming ? null : day(0, '01:00:00'), ended, day(-10), userId, ended ?? day(-10), userId)
    const audit: WrittenMeeting['audit'] = [{ action: 'meetings.create', entity: 'meeting', entityId: id, summary: `新建会议（${plan.date}）`, at: day(-10) }]

    const present: RosterMember[] = []
    for (const member of members) {
      const leave = !plan.upcoming && member !== chair && random.chance(0.08)
      if (!leave) present.push(member)
      q.member.run(id, member.personId, member.rank, member.post, plan.upcoming ? 'pending' : leave ? 'leave' : 'present', leave ? random.pick(['business', 'sick', 'personal']) : null, day(0, '01:05:00'), userId)
    }

    let personnelItem: WrittenMeeting['personnelItem'] = null
    let writeEntry: ((meeting: WrittenMeeting) => void) | null = null
    for (let position = 1; position <= plan.topicCount; position++) {
      const personnel = plan.bodyId === standingBodyId && position === plan.topicCount
      const subject = random.pick(subjects)
      const unit = personnel ? '区委组织部' : random.pick(units)
      const title = personnel ? `关于${plan.date.slice(0, 4)}年干部任免的建议（第${plan.sequence}批）` : `关于${subject}的${random.pick(topicKinds)}`
      const leader = members[random.int(1, members.length - 1)] ?? chair
      const presenter = roster.people[random.int(0, roster.people.length - 1)]!
      const topicId = randomUUID()
      const proposed = day(-random.int(12, 40))
      q.topic.run(topicId, plan.bodyId, title, personnel ? 'personnel' : random.pick(['general', 'general', 'major_decision', 'major_project', 'large_fund']), unit,
        `${presenter.name}（${unit}主任）`, leader.personId, addDays(plan.date, -9), `${subject}的有关情况和下一步工作安排。`, day(-7), userId, userName, proposed, userId, day(-7), userId)
      audit.push({ action: 'topics.create', entity: 'topic', entityId: topicId, summary: `申报议题“${title}”`, at: proposed })

      const size = options.materialSize?.() ?? random.int(options.materialBytes[0], options.materialBytes[1])
      if (size > 0) {
        const materialId = randomUUID()
        const sealed = options.sealMaterial(materialId, materialContent(size))
        q.material.run(materialId, topicId, `${title}.pdf`, 'application/pdf', sealed.size, sealed.sha256, day(-5), userId, sealed.fileId, sealed.fileKey)
      }

      const itemId = randomUUID()
      const decided = plan.upcoming ? null : day(0, `02:${String(position).padStart(2, '0')}:00`)
      const withVote = plan.bodyId === standingBodyId && !plan.upcoming
      const reportNotes = plan.upcoming ? null : `${presenter.name}汇报了${subject}的有关情况，提出了下一步工作措施。`
      const reference = personnel && !plan.upcoming ? personnelBook({ itemId, topicId, title }) : null
      writeEntry = reference?.write ?? writeEntry
      const decisionText = plan.upcoming ? null : reference ? reference.text : `会议原则同意${title.replace(/^关于/u, '')}，请${unit}根据会议讨论意见修改完善后抓好落实。`
      const deadline = plan.upcoming || personnel ? null : addDays(plan.date, random.int(30, 180))
      const responsible = deadline ? `${unit}、${random.pick(units)}` : null
      q.item.run(itemId, id, topicId, position, reportNotes, withVote ? 'hands' : null, withVote ? present.length : null, plan.upcoming ? null : 'passed', decisionText,
        deadline ? leader.personId : null, responsible, deadline, decided, decided ? userId : null, day(-3), userId, decided ?? day(-3), userId)
      if (personnel) personnelItem = { itemId, topicId, title }
      if (plan.upcoming || personnel) continue
      audit.push({ action: 'live.setOutcome', entity: 'agenda_item', entityId: itemId, summary: `议题“${title}”：通过`, at: decided! })

      // Speeches in the proposed order (reverse rank, the chair last); a few members pass.
      const speakers = present.filter((member) => member === chair || random.chance(0.85)).reverse()
      for (const [index, speaker] of speakers.entries()) {
        const at = day(0, `02:${String(position).padStart(2, '0')}:${String(index).padStart(2, '0')}`)
        q.speech.run(itemId, speaker.personId, speechNotes(random, subject), random.chance(0.9) ? 'agree' : 'other', at, userId, at, userId)
        audit.push({ action: 'live.saveSpeech', entity: 'agenda_item', entityId: itemId, summary: `记录${speaker.name}的发言`, at })
      }
      const done = deadline! < addDays(options.today, -60)
      const state = done ? 'closed' : random.pick(['not_started', 'in_progress', 'completed'])
      q.task.run(randomUUID(), itemId, leader.personId, responsible, deadline, state, state === 'closed' || state === 'completed' ? `${deadline}T08:00:00.000Z` : null,
        state === 'closed' ? `${deadline}T09:00:00.000Z` : null, ended, userId, ended, userId)
    }
    if (!plan.upcoming) {
      audit.push({ action: 'meetings.advance', entity: 'meeting', entityId: id, summary: '会议开始', at: day(0, '01:00:00') })
      audit.push({ action: 'meetings.advance', entity: 'meeting', entityId: id, summary: '会议结束', at: ended! })
    }
    const written = { id, plan, chair, members, present, personnelItem, audit }
    writeEntry?.(written)
    return written
  }
}
