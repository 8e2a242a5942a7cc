import { randomUUID } from 'node:crypto'
import type { SqliteDatabase } from '../../electron/core/vault/store'
import { addDays } from '../../shared/roster/dates'
import type { DemoRandom } from '../demo/random'
import { personName, units } from './synthetic-text'

// The standing committee over the years: a term (届) every five years with eleven members,
// one member replaced in the middle of each term, so the roster as of a date differs by date.

export interface RosterMember {
  personId: string
  name: string
  post: string
  rank: number
}

export interface SyntheticRoster {
  /** The members of the standing committee on a day, by rank. */
  asOf(day: string): RosterMember[]
  termIdOf(day: string): string
  /** People who are not members: presenters and leaders named in topics. */
  people: { id: string; name: string }[]
}

const memberPosts = [
  '区委书记', '区委副书记、区长', '区委副书记', '区委常委、常务副区长', '区委常委、组织部部长', '区委常委、纪委书记、监委主任',
  '区委常委、政法委书记', '区委常委、宣传部部长', '区委常委、统战部部长', '区委常委、区委办公室主任', '区委常委、人武部部长',
]

interface Period extends RosterMember {
  start: string
  end: string | null
}

const chineseNumber = (n: number) => ['十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'][n] ?? String(n)

export function buildRoster(db: SqliteDatabase, random: DemoRandom, firstYear: number, lastYear: number, at: string, userId: string): SyntheticRoster {
  const insertPerson = db.prepare('insert into people (id, name, sex, unit, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)')
  const insertTerm = db.prepare('insert into terms (id, name, start_date, end_date, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)')
  const insertMembership = db.prepare(
    'insert into memberships (id, person_id, post, rank, start_date, end_date, end_reason, created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const newPerson = (unit: string | null) => {
    const person = { id: randomUUID(), name: personName(random) }
    insertPerson.run(person.id, person.name, random.chance(0.3) ? '女' : '男', unit, at, userId, at, userId)
    return person
  }
  const periods: Period[] = []
  const terms: { id: string; start: string }[] = []
  const termCount = Math.ceil((lastYear - firstYear + 1) / 5)
  for (let index = 0; index < termCount; index++) {
    const start = index === 0 ? `${firstYear}-01-01` : `${firstYear + index * 5}-09-28`
    const end = index === termCount - 1 ? null : addDays(`${firstYear + (index + 1) * 5}-09-28`, -1)
    const term = { id: randomUUID(), start }
    insertTerm.run(term.id, `第${chineseNumber(index + 8)}届`, start, end, at, userId, at, userId)
    terms.push(term)
    const midTerm = `${firstYear + index * 5 + 2}-06-15`
    for (const [position, post] of memberPosts.entries()) {
      const person = newPerson(null)
      // One member a term leaves mid-term (调离); a successor holds the post from the next day.
      const replaced = position === 3 + (index % 7) && (end === null || midTerm < end)
      periods.push({ personId: person.id, name: person.name, post, rank: position + 1, start, end: replaced ? midTerm : end })
      if (replaced) {
        const successor = newPerson(null)
        periods.push({ personId: successor.id, name: successor.name, post, rank: position + 1, start: addDays(midTerm, 1), end })
      }
    }
  }
  for (const period of periods) {
    const reason = period.end === null ? null : period.end.endsWith('-06-15') ? '调离' : '换届'
    insertMembership.run(randomUUID(), period.personId, period.post, period.rank, period.start, period.end, reason, at, userId, at, userId)
  }
  const people = Array.from({ length: 80 }, () => newPerson(random.pick(units)))
  return {
    asOf: (day) => periods.filter((p) => p.start <= day && (p.end === null || p.end >= day)).sort((a, b) => a.rank - b.rank),
    termIdOf: (day) => [...terms].reverse().find((term) => term.start <= day)?.id ?? terms[0]!.id,
    people,
  }
}
