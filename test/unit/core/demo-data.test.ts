import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printDemoPdfs } from '../../../scripts/demo/documents'
import { generateDemo, type DemoResult } from '../../../scripts/demo/generate'
import { DemoRandom } from '../../../scripts/demo/random'
import { planYear } from '../../../scripts/demo/year-plan'
import { brokenNames, colophonPlacement, headPlacement, signatureAlone, textBlockBottomMm } from '../../support/gongwen-placement'
import { docxToPdf, documentArtifacts, pageNumberPlacement, pdfText, pdfWords, renderPages, scratchDir } from '../../support/pdf-layout'
import { migrationsRoot, removeDir, tempDir, testCore, testKdfCost, type TestCore } from '../../support/vault'

// The demo generator writes a whole year through the core's channels; this runs it once
// into a temporary folder and reads the result back as the app would.

const adminPassword = 'Yishi#Demo2026'
let dataDir: string
let result: DemoResult
let core: TestCore

beforeAll(async () => {
  dataDir = tempDir('yishi-demo-')
  result = await generateDemo({ dataDir, migrationsRoot, adminPassword, recorderPassword: 'Jilu#Demo2026', kdfCost: testKdfCost })
  core = testCore(dataDir)
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
}, 180_000)
afterAll(() => {
  core.context.lock('manual')
  removeDir(dataDir)
})

const meetingsOf = async (bodyKind: string) => (await core.call('meetings.list', {})).filter((meeting) => meeting.bodyKind === bodyKind)

describe('demo data', () => {
  it('holds the roster and a year of meetings of every kind', () => {
    const { counts } = result
    expect(counts).toMatchObject({ people: 12, membersToday: 11, membershipPeriods: 13, workAreas: 12, substitutionsToday: 10, writtenViews: 1, recusals: 1, amendments: 1 })
    expect(counts.meetingsByBody).toEqual({ 常委会会议: 24, 书记专题会议: 6 })
    expect(counts.meetingsByStatus).toEqual({ 已签发: 28, 已结束: 1, 已通知: 1 })
    expect(Object.keys(counts.topicsByCategory).sort()).toEqual(['一般事项', '大额度资金使用', '重大决策', '重大项目安排', '重要干部任免'])
    expect(counts.dutyLines).toBeGreaterThanOrEqual(33)
    expect(counts.agendaItems).toBeGreaterThan(60)
    expect(counts.materials).toBe(Object.values(counts.topicsByCategory).reduce((sum, count) => sum + count, 0))
    expect(counts.speeches).toBeGreaterThan(500)
    expect(counts.leaves).toBeGreaterThanOrEqual(5)
    expect(counts.votes).toBeGreaterThan(20)
  })

  it('is the same plan on every run (seeded, no Math.random)', () => {
    const outline = (seed: number) => planYear(new DemoRandom(seed)).map((meeting) => [meeting.date, meeting.topics.map((topic) => topic.data.subject), meeting.leaves.map((leave) => leave.member)])
    expect(outline(20260101)).toEqual(outline(20260101))
  })

  it('uses each day’s ranks: the rank change of 1 July shows in the meetings before and after', async () => {
    const rankOf = (members: { name: string; rank: number }[], name: string) => members.find((member) => member.name === name)?.rank
    expect(rankOf(await core.call('roster.asOf', { date: '2026-06-30' }), '周文涛')).toBe(4)
    expect(rankOf(await core.call('roster.asOf', { date: '2026-07-01' }), '周文涛')).toBe(3)
    const standing = await meetingsOf('standing')
    const june = await core.call('meetings.get', { id: standing.find((meeting) => meeting.date === '2026-06-18')!.id })
    const july = await core.call('meetings.get', { id: standing.find((meeting) => meeting.date === '2026-07-02')!.id })
    expect(rankOf(june.members, '周文涛')).toBe(4)
    expect(june.members.map((member) => member.name)).toContain('赵志刚')
    expect(rankOf(july.members, '周文涛')).toBe(3)
    expect(july.members.map((member) => member.name)).toContain('冯涛')
    expect(july.members.map((member) => member.name)).not.toContain('赵志刚')
  })

  it('seals signed meetings: a signed record carries its hash and refuses changes', async () => {
    const signed = (await meetingsOf('standing')).find((meeting) => meeting.status === 'signed')!
    const detail = await core.call('meetings.get', { id: signed.id })
    expect(detail.sealHash).toMatch(/^[0-9a-f]{64}$/u)
    expect(detail.signedAt).not.toBeNull()
    const item = detail.items[0]!
    const speech = item.speeches[0]!
    const refused = await core.raw('live.saveSpeech', { itemId: item.id, personId: speech.personId, notes: '改写', stance: 'agree' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'MEETING_SEALED' } })
    expect((await core.call('meetings.get', { id: signed.id })).items[0]!.speeches[0]!.notes).toBe(speech.notes)
  })

  it('has a topic deferred at one meeting and decided at a later one', async () => {
    const topics = await core.call('topics.list', { scope: 'all' })
    const renovation = topics.find((topic) => topic.title.startsWith('关于老旧小区改造'))!
    expect(renovation.state).toBe('decided')
    expect(renovation.history.map((entry) => [entry.date, entry.outcome])).toEqual([
      ['2026-04-09', 'deferred'],
      ['2026-04-23', 'passed'],
    ])
  })

  it('has a recusal from a project in the record, and one from a candidate in the book only', async () => {
    const june = (await meetingsOf('standing')).find((meeting) => meeting.date === '2026-06-18')!
    const detail = await core.call('meetings.get', { id: june.id })
    const item = detail.items.find((row) => row.recusals.length > 0)!
    expect(item.topic.category).not.toBe('personnel')
    const recused = detail.members.find((member) => member.personId === item.recusals[0]!.personId)!
    expect(recused.name).toBe('孙明')
    expect(item.speakingOrder).not.toContain(recused.personId)
    // The personnel item of that meeting: consulted first, decided in the book, the record holding only the reference.
    const personnel = detail.items.find((row) => row.topic.category === 'personnel')!
    expect(personnel.topic.consultation).toMatchObject({ held: true, date: '2026-06-16' })
    expect(personnel).toMatchObject({ outcome: 'passed', recusals: [], speeches: [], vote: null, decisionText: expect.stringMatching(/^干部任免事项（详见专用记录本2026年第1册第\d+号）$/u) })
    const { entry } = await core.call('personnel.entryForItem', { agendaItemId: personnel.id })
    const candidate = entry!.candidates.find((row) => row.cadreName === '蒋慧敏')!
    expect(candidate.members.find((member) => member.memberName === '孙明')).toMatchObject({ presence: 'recused', recusalReason: '与该人选系近亲属关系，按规定回避', view: null })
    expect(candidate).toMatchObject({ result: 'passed', quorum: { members: 11, present: 10, met: true } })
  })

  it('has a year of personnel matters imported from .lrmx forms, decided one by one and sealed with the meetings', async () => {
    expect(result.counts.personnel).toEqual({
      cadres: 13,
      matters: 13,
      entries: 12,
      sealedEntries: 11,
      consultations: 13,
      decisions: { 通过: 12, 缓议: 1 },
      notices: 11,
      appointments: 9,
      probations: 1,
    })
    const entries = await core.call('personnel.listEntries', {})
    const open = entries.filter((entry) => entry.sealed === null)
    // Only the meeting awaiting 签发 (19 November) has an open entry.
    expect(open.map((entry) => entry.meetingDate)).toEqual(['2026-11-19'])
    const sealed = await core.call('personnel.getEntry', { id: entries.find((entry) => entry.meetingDate === '2026-01-22')!.id })
    expect(sealed.sealed).toMatchObject({ chairName: expect.any(String), recorderName: '李记录', sealHash: expect.stringMatching(/^[0-9a-f]{64}$/u) })
    expect(sealed.candidates.map((row) => row.cadreName)).toEqual(['韩立新', '邓晓燕', '许振华'])
    const refused = await core.raw('personnel.withdrawDecision', { entryId: sealed.id, matterId: sealed.candidates[0]!.matterId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'BOOK_ENTRY_SEALED' } })
  })

  it('has one deferred candidate and one on probation', async () => {
    const matters = await core.call('personnel.listMatters', {})
    const deferred = matters.filter((matter) => matter.decision?.result === 'deferred')
    expect(deferred.map((matter) => [matter.cadreName, matter.stages.decidedOn])).toEqual([['丁海燕', '2026-10-29']])
    const probation = matters.filter((matter) => matter.stages.probationEnd !== null)
    expect(probation.map((matter) => matter.cadreName)).toEqual(['韩立新'])
    expect(probation[0]!.stages.probationEnd! > probation[0]!.stages.appointedOn!).toBe(true)
    expect(probation[0]!.appointmentDocNo).toMatch(/^示委干〔2026〕\d+号$/u)
  })

  it('has an amendment after signing, beside the original', async () => {
    const february = (await meetingsOf('standing')).find((meeting) => meeting.date === '2026-02-05')!
    const detail = await core.call('meetings.get', { id: february.id })
    expect(detail.status).toBe('signed')
    const [amendment] = detail.amendments
    expect(amendment).toMatchObject({ target: 'agenda_item', field: 'responsibleUnits', authorName: '王秘书', at: expect.stringMatching(/^2026-02-12/u) })
    const item = detail.items.find((row) => row.id === amendment!.targetId)!
    expect(amendment!.after).toBe(`${item.responsibleUnits}、区审计局`)
  })

  it('leaves one meeting notified for next week and one ended awaiting signature', async () => {
    const standing = await meetingsOf('standing')
    expect(standing.filter((meeting) => meeting.status === 'notified').map((meeting) => meeting.date)).toEqual(['2026-11-26'])
    expect(standing.filter((meeting) => meeting.status === 'ended').map((meeting) => meeting.date)).toEqual(['2026-11-19'])
  })

  it('writes one document of every type into documents/, each a Word file', () => {
    const folder = join(dataDir, 'documents')
    const files = readdirSync(folder).sort()
    const kinds = [/会议通知\.docx$/u, /会议记录\.docx$/u, /会议纪要\.docx$/u, /^干部任免专用记录本.+\.docx$/u, /^关于.+同志.+的通知\.docx$/u, /^任前公示.+\.docx$/u, /督办情况的通报\.docx$/u]
    for (const kind of kinds) expect(files.filter((file) => kind.test(file)), String(kind)).toHaveLength(1)
    for (const file of files) expect(readFileSync(join(folder, file)).subarray(0, 2).toString('latin1'), file).toBe('PK')
  })
})

// Every document type as LibreOffice prints the .docx and as Chromium prints the preview
// (导出PDF): the GB/T 9704 版头, 版记, page numbers, signature and names measured on both.
describe('the demo gallery as printed', () => {
  const kinds: { file: RegExp; head?: 'mark' | 'number'; colophon?: boolean; signature?: string; classified?: boolean; tables?: boolean }[] = [
    { file: /会议通知\.docx$/u, head: 'mark', signature: '中共示例区委办公室' },
    { file: /会议记录\.docx$/u, classified: true },
    { file: /会议纪要\.docx$/u, head: 'mark', colophon: true, classified: true },
    { file: /^干部任免专用记录本.+\.docx$/u, classified: true, tables: true },
    { file: /^关于.+同志.+的通知\.docx$/u, head: 'number', colophon: true, signature: '中共示例区委' },
    { file: /^任前公示.+\.docx$/u, signature: '中共示例区委组织部' },
    { file: /督办情况的通报\.docx$/u, tables: true },
  ]

  it('measures every type on LibreOffice’s PDF and on Chromium’s', async () => {
    const folder = join(dataDir, 'documents')
    const printed = await printDemoPdfs(dataDir)
    expect('written' in printed && printed.written).toHaveLength(kinds.length)
    const lo = scratchDir('gallery')
    const names = (await core.call('roster.people')).map((person) => person.name)
    try {
      for (const kind of kinds) {
        const docx = readdirSync(folder).find((file) => kind.file.test(file))!
        const pdfs = { libreoffice: docxToPdf(join(folder, docx), lo), chromium: join(folder, docx.replace(/\.docx$/u, '.pdf')) }
        for (const [engine, pdf] of Object.entries(pdfs)) {
          const at = `${engine} ${docx}`
          const pages = pdfWords(pdf)
          renderPages(pdf, join(documentArtifacts, `gallery-${engine}-${docx.replace(/\.docx$/u, '')}`), { dpi: 50 })
          for (const page of pages) expect(pageNumberPlacement(page)?.side, `${at} 第${page.number}页`).toBe(page.number % 2 === 1 ? 'right' : 'left')
          if (kind.head) {
            const head = headPlacement(pdf, pages, '', kind.head === 'number' ? '〔' : null)
            expect(Math.abs(head!.markTopMm - 35), at).toBeLessThanOrEqual(1)
            expect(Math.abs(head!.redRule!.widthMm - 156), at).toBeLessThanOrEqual(0.5)
            if (kind.head === 'number') {
              expect(head!.linesToNumber!, at).toBeGreaterThanOrEqual(2)
              expect(Math.abs(head!.ruleBelowNumberMm! - 4), at).toBeLessThanOrEqual(1)
            }
          }
          const colophon = colophonPlacement(pdf, pages)
          if (kind.colophon) {
            expect(colophon!.page % 2, at).toBe(0)
            expect(Math.abs(colophon!.lastRuleMm - textBlockBottomMm), at).toBeLessThanOrEqual(1)
            for (const rule of colophon!.rules) expect(Math.abs(rule.widthMm - 156), at).toBeLessThanOrEqual(0.5)
          }
          if (kind.signature) expect(signatureAlone(pages, kind.signature), at).toBe(false)
          const text = pdfText(pages)
          // 份号 (six digits) above the 密级 whenever a document is classified (7.2.1).
          if (kind.classified) expect(text, at).toMatch(/^\d{6}\n机密★10年/u)
          // A name in a table cell never breaks (in running text a line may end inside one, as in print).
          if (kind.tables) expect(brokenNames(pages, names), at).toEqual([])
          // No number split over two lines of a table cell (「2/026」).
          if (kind.tables) expect(text, at).not.toMatch(/\d\n\d/u)
        }
      }
    } finally {
      removeDir(lo)
    }
  }, 300_000)
})
