import { randomUUID } from 'node:crypto'
import type { MainDb } from '../../../electron/core/db/migrate'
import { agendaItems, amendments, meetings, people, speeches, topics } from '../../../electron/core/db/schema/main'

// Records for the search tests, written straight into the real tables of a real vault
// (the meeting channels are built by other features); the migration's triggers fill the index.

export const standingBodyId = '0b6f3c1e-5a1d-4c57-9a51-1c0de0000001'
const at = '2026-11-01T08:00:00.000Z'
const stamps = { createdAt: at, updatedAt: at }

export interface SearchFixture {
  people: { zhangSan: string; liMing: string; wangFang: string }
  earlier: { meetingId: string; budgetItemId: string; roadItemId: string }
  later: { meetingId: string; budgetItemId: string; parkItemId: string }
  topics: { budget: string; road: string; park: string; odd: string }
  amendmentId: string
}

function person(db: MainDb, name: string): string {
  const id = randomUUID()
  db.insert(people).values({ id, name, ...stamps }).run()
  return id
}

function meeting(db: MainDb, sequence: number, date: string, place: string): string {
  const id = randomUUID()
  db.insert(meetings).values({ id, bodyId: standingBodyId, numberingScope: '2026', sequence, date, startTime: '09:00', place, recorderName: '李记录', status: 'ended', ...stamps }).run()
  return id
}

export function topic(db: MainDb, title: string, proposingUnit: string, presenter: string, summary: string | null = null): string {
  const id = randomUUID()
  db.insert(topics).values({ id, bodyId: standingBodyId, title, category: 'general', proposingUnit, presenter, summary, ...stamps }).run()
  return id
}

function item(db: MainDb, meetingId: string, topicId: string, position: number, values: { reportNotes?: string; decisionText?: string; responsibleUnits?: string }): string {
  const id = randomUUID()
  db.insert(agendaItems).values({ id, meetingId, topicId, position, ...values, ...stamps }).run()
  return id
}

function speech(db: MainDb, agendaItemId: string, personId: string, notes: string): void {
  db.insert(speeches).values({ agendaItemId, personId, notes, stance: 'agree', ...stamps }).run()
}

export function writeSearchFixture(db: MainDb): SearchFixture {
  const zhangSan = person(db, '张三')
  const liMing = person(db, '李明')
  const wangFang = person(db, '王芳')
  const budget = topic(db, '关于2026年区级财政预算调整方案的汇报', '区财政局', '赵强（区财政局局长）')
  const road = topic(db, '关于城东快速路建设项目的请示', '区交通运输局', '钱进（区交通运输局局长）')
  const park = topic(db, '关于滨江湿地公园改造提升的方案', '区住房城乡建设局', '孙丽（区住建局局长）')
  // Text that looks like query syntax, to prove it is searched literally.
  const odd = topic(db, '关于"完成率" 100%_目标 AND NEAR(考核) 的说明', '区统计局', '周敏（区统计局局长）', "统计口径：a*b:c (含) OR 1=1; DROP TABLE topics; --")

  const earlierId = meeting(db, 14, '2026-07-10', '区委常委会议室')
  const laterId = meeting(db, 15, '2026-07-24', '区委第一会议室')
  const earlierBudget = item(db, earlierId, budget, 1, { reportNotes: '赵强汇报了上半年预算执行情况。', decisionText: '会议决定缓议，请区财政局进一步测算后再提交。' })
  const earlierRoad = item(db, earlierId, road, 2, { reportNotes: '钱进汇报了快速路的线位比选。', decisionText: '原则同意城东快速路建设项目，由区交通运输局牵头推进征地拆迁工作。', responsibleUnits: '区交通运输局、区自然资源局' })
  const laterBudget = item(db, laterId, budget, 1, { reportNotes: '补充测算已完成。', decisionText: '会议同意预算调整方案，提请区人大常委会审议。', responsibleUnits: '区财政局' })
  const laterPark = item(db, laterId, park, 2, { reportNotes: '孙丽汇报了湿地公园改造方案。', decisionText: '' })

  speech(db, earlierRoad, zhangSan, '同意。建议把征地拆迁和群众安置统筹考虑，确保年内开工。')
  speech(db, earlierBudget, zhangSan, '建议缓议，先把民生支出的口径算清楚。')
  speech(db, laterPark, zhangSan, '同意方案，注意生态保护红线。')
  speech(db, laterPark, liMing, '同意。张三同志的意见很重要，建议吸收。')
  speech(db, laterBudget, wangFang, `同意。${'预算执行要严格，'.repeat(20)}特别是三公经费要继续压减。${'其他支出从紧安排。'.repeat(20)}`)

  const amendmentId = randomUUID()
  db.insert(amendments).values({ id: amendmentId, meetingId: laterId, target: 'agenda_item', targetId: laterPark, field: 'decisionText', before: '', after: '原则同意湿地公园改造提升方案，由区住房城乡建设局负责实施。', reason: '记录员漏记决定内容，经主持人确认补正', at, authorName: '李记录' }).run()

  return {
    people: { zhangSan, liMing, wangFang },
    earlier: { meetingId: earlierId, budgetItemId: earlierBudget, roadItemId: earlierRoad },
    later: { meetingId: laterId, budgetItemId: laterBudget, parkItemId: laterPark },
    topics: { budget, road, park, odd },
    amendmentId,
  }
}
