import { randomUUID } from 'node:crypto'
import { entriesPerBook } from '../../electron/core/personnel/book-store'
import type { SqliteDatabase } from '../../electron/core/vault/store'
import { actionTypes } from '../../shared/personnel/vocabulary'
import { emptyLrmxPerson, lrmxDate } from '../../shared/personnel/lrmx-types'
import { addDays } from '../../shared/roster/dates'
import type { DemoRandom } from '../demo/random'
import type { WrittenMeeting } from './build-meetings'
import { personName, posts, towns } from './synthetic-text'

// The personnel store's rows for one personnel topic: a profile and a matter per candidate,
// the book's entry (numbered per book and year, 100 to a book) with each candidate decided
// one by one and every member's view. Sealing comes with the meeting's 签发 (build-vault.ts).

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A citizen ID number with a real birth date and the right check character (GB 11643). */
function idNumber(serial: number, birth: string): string {
  // Area code and sequence from the serial: unique for the first 100,000 candidates.
  const body = `3201${String(Math.floor(serial / 1000) % 100).padStart(2, '0')}${birth.replaceAll('-', '')}${String(serial % 1000).padStart(3, '0')}`
  const sum = idWeights.reduce((total, weight, index) => total + weight * Number(body[index]), 0)
  return body + '10X98765432'[sum % 11]
}

export function personnelWriter(db: SqliteDatabase, random: DemoRandom, userId: string, today: string) {
  const q = {
    book: db.prepare('insert into books (id, year, number, opened_at) values (?, ?, ?, ?)'),
    cadre: db.prepare(
      `insert into cadres (id, name, sex, birth, ethnicity, native_place, current_post, reporting_unit, id_number, form, created_at, updated_at)
       values (?, ?, ?, ?, '汉族', ?, ?, '区委组织部', ?, ?, ?, ?)`,
    ),
    matter: db.prepare(
      `insert into matters (id, cadre_id, topic_id, action_type, proposed_post, post_to_remove, unit, reasons, probation, proposed_on, recommended_on, inspected_on, integrity_opinion,
         decided_on, decision_meeting_id, decision_item_id, decision_result, decision_entry_id, notice_start, notice_end, appointed_on, talk_on, probation_end, confirmed_on, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, '工作需要', ?, ?, ?, ?, '无影响使用的问题', ?, ?, ?, 'passed', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    entry: db.prepare(
      `insert into book_entries (id, book_id, number, meeting_id, agenda_item_id, meeting_label, meeting_date, body_kind, topic_title, created_at, created_by)
       values (?, ?, ?, ?, ?, ?, ?, 'standing', ?, ?, ?)`,
    ),
    decision: db.prepare(
      `insert into entry_decisions (id, entry_id, matter_id, position, candidate, vote_method, members, participants, votes_for, votes_against, votes_abstain, result, decided_at)
       values (?, ?, ?, ?, ?, 'secret', ?, ?, ?, 0, 0, 'passed', ?)`,
    ),
    view: db.prepare('insert into entry_member_views (decision_id, member_id, member_name, rank, presence, view) values (?, ?, ?, ?, ?, ?)'),
  }
  const books = new Map<number, { id: string; number: number; used: number }>()
  let serial = 0

  /** Reserves the next entry number of the year: the label the meeting record refers to. */
  function nextSlot(year: number, at: string): { bookId: string; bookNumber: number; number: number } {
    let book = books.get(year)
    if (!book || book.used >= entriesPerBook) {
      book = { id: randomUUID(), number: (book?.number ?? 0) + 1, used: 0 }
      q.book.run(book.id, year, book.number, at)
      books.set(year, book)
    }
    book.used += 1
    return { bookId: book.id, bookNumber: book.number, number: book.used }
  }

  function write(meeting: WrittenMeeting, item: { itemId: string; topicId: string; title: string }, slot: { bookId: string; number: number }, label: string, candidates: number): void {
    const date = meeting.plan.date
    const at = `${date}T03:00:00.000Z`
    const entryId = randomUUID()
    q.entry.run(entryId, slot.bookId, slot.number, meeting.id, item.itemId, label, date, item.title, at, userId)
    for (let position = 1; position <= candidates; position++) {
      serial += 1
      const name = personName(random)
      const birth = `${random.int(1965, 1992)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
      const [year, month] = birth.split('-').map(Number) as [number, number, number]
      const town = random.pick(towns)
      const currentPost = `${town}${random.pick(posts)}`
      const proposedPost = `${random.pick(towns)}${random.pick(posts)}`
      const id = idNumber(serial, birth)
      const form = { ...emptyLrmxPerson(), name, sex: random.chance(0.3) ? '女' : '男', birth: lrmxDate(year, month), ethnicity: '汉族', nativePlace: '江苏南京', currentPost, proposedPost, reportingUnit: '区委组织部', idNumber: id }
      const { photo: _photo, ...stored } = form
      const cadreId = randomUUID()
      q.cadre.run(cadreId, name, form.sex, `${year}.${String(month).padStart(2, '0')}`, form.nativePlace, currentPost, id, JSON.stringify(stored), at, at)
      const matterId = randomUUID()
      const probation = random.chance(0.3)
      const actionType = random.pick(actionTypes)
      const noticeStart = addDays(date, 2)
      // Probation ends in 转正 (confirmed) as it does in an office; only the recent ones are still open.
      const probationEnd = probation ? addDays(date, 379) : null
      const confirmedOn = probationEnd !== null && probationEnd < today ? addDays(probationEnd, 5) : null
      q.matter.run(matterId, cadreId, item.topicId, actionType, proposedPost, currentPost, town, probation ? 1 : 0, addDays(date, -60), addDays(date, -45), addDays(date, -30),
        date, meeting.id, item.itemId, entryId, noticeStart, addDays(noticeStart, 7), addDays(date, 14), addDays(date, 16), probationEnd, confirmedOn, at, at)
      const decisionId = randomUUID()
      const candidate = { name, sex: form.sex, birth: `${year}.${String(month).padStart(2, '0')}`, ethnicity: '汉族', nativePlace: form.nativePlace, partyJoined: '', education: '大学', currentPost, actionType, proposedPost, postToRemove: currentPost, reasons: '工作需要' }
      q.decision.run(decisionId, entryId, matterId, position, JSON.stringify(candidate), meeting.members.length, meeting.present.length, meeting.present.length, at)
      for (const member of meeting.members) {
        const present = meeting.present.includes(member)
        q.view.run(decisionId, member.personId, member.name, member.rank, present ? 'present' : 'absent', present ? 'agree' : null)
      }
    }
  }

  return { nextSlot, write }
}
