import { describe, expect, it } from 'vitest'
import { emptyCalendar } from '../../../shared/calendar/working-days'
import {
  appointmentSentences, appointmentTitle, buildAppointmentNotice, defaultAddressee, formatDocNumber, normaliseDocNumber, type AppointmentItem,
} from '../../../shared/documents/personnel/appointment-notice'
import { buildBookEntryPage, chineseOrdinal, entryPageFileName } from '../../../shared/documents/personnel/book-entry-page'
import { educationOf, politicalStatusOf } from '../../../shared/documents/personnel/notice-person'
import {
  buildPublicNotice, defaultNoticePeriod, defaultNoticeStart, noticePeriodProblem, personSentence, publicNoticeFileName, type NoticePerson,
} from '../../../shared/documents/personnel/public-notice'
import { chineseYearMonth, normaliseDeputy } from '../../../shared/documents/personnel/wording'
import { defaultDocumentSettings } from '../../../shared/documents/settings'
import type { BookEntryView } from '../../../shared/personnel/views'
import { blockTexts } from '../../support/block-texts'

const settings = defaultDocumentSettings('中共示例区委员会')

function appoint(name: string, proposedPost: string, extra: Partial<AppointmentItem> = {}): AppointmentItem {
  return { name, actionType: 'appoint', currentPost: '', proposedPost, postToRemove: '', probation: false, ...extra }
}
function remove(name: string, postToRemove: string): AppointmentItem {
  return { name, actionType: 'remove', currentPost: '', proposedPost: '', postToRemove, probation: false }
}

const texts = blockTexts

describe('任免通知 title', () => {
  it('one person appointed: 任职的通知', () => {
    expect(appointmentTitle([appoint('张三', '示例区发展和改革委员会主任')])).toBe('关于张三同志任职的通知')
  })
  it('one person appointed and removed: 职务任免的通知', () => {
    expect(appointmentTitle([appoint('张三', '区发改委主任', { actionType: 'transfer', postToRemove: '区财政局局长' })])).toBe('关于张三同志职务任免的通知')
  })
  it('one person removed only: 职务任免的通知', () => {
    expect(appointmentTitle([remove('张三', '区财政局局长')])).toBe('关于张三同志职务任免的通知')
  })
  it('two people: names joined with 、, with and without removal', () => {
    expect(appointmentTitle([appoint('张三', 'A局局长'), appoint('李四', 'B局局长')])).toBe('关于张三、李四同志任职的通知')
    expect(appointmentTitle([appoint('张三', 'A局局长'), remove('李四', 'B局局长')])).toBe('关于张三、李四同志职务任免的通知')
  })
  it('more than two people: the first name and 等', () => {
    const three = [appoint('张三', 'A局局长'), appoint('李四', 'B局局长'), appoint('王五', 'C局局长')]
    expect(appointmentTitle(three)).toBe('关于张三等同志任职的通知')
    expect(appointmentTitle([...three, remove('赵六', 'D局局长')])).toBe('关于张三等同志职务任免的通知')
  })
  it('a person with two matters counts once; the first appointed person leads', () => {
    expect(appointmentTitle([remove('李四', 'B局局长'), appoint('张三', 'A局局长'), appoint('李四', 'C局局长')])).toBe('关于张三、李四同志职务任免的通知')
  })
})

describe('任免通知 body', () => {
  it('puts every appointment before every removal, keeping their order', () => {
    const items = [remove('赵六', '区水利局局长'), appoint('张三', '区发改委主任'), remove('钱七', '区交通局局长'), appoint('李四', '区财政局局长')]
    expect(appointmentSentences(items).map((s) => s.text)).toEqual([
      '张三同志任区发改委主任', '李四同志任区财政局局长', '免去赵六同志的区水利局局长职务', '免去钱七同志的区交通局局长职务',
    ])
  })
  it('a transfer is an appointment and a removal; probation and 兼任 are worded', () => {
    const items = [appoint('张三', '区发改委副主任', { actionType: 'transfer', postToRemove: '区财政局副局长', probation: true }), appoint('李四', '区委政法委副书记', { actionType: 'concurrent' })]
    expect(appointmentSentences(items).map((s) => s.text)).toEqual(['张三同志任区发改委副主任（试用期一年）', '李四同志兼任区委政法委副书记', '免去张三同志的区财政局副局长职务'])
  })
  it('retirement removes the current post when no post is named; never “职务职务”', () => {
    expect(appointmentSentences([{ ...remove('王五', ''), actionType: 'retire', currentPost: '区审计局局长' }]).map((s) => s.text)).toEqual(['免去王五同志的区审计局局长职务'])
    expect(appointmentSentences([remove('王五', '区审计局局长职务')]).map((s) => s.text)).toEqual(['免去王五同志的区审计局局长职务'])
  })
  it('writes 副, never 付, but leaves words where 付 is right', () => {
    expect(normaliseDeputy('区财政局付局长')).toBe('区财政局副局长')
    expect(normaliseDeputy('付书记、付主任')).toBe('副书记、副主任')
    expect(normaliseDeputy('区国库支付中心付主任')).toBe('区国库支付中心副主任')
    expect(appointmentSentences([appoint('张三', '区发改委付主任', { postToRemove: '区财政局付局长' })]).map((s) => s.text)).toEqual(['张三同志任区发改委副主任', '免去张三同志的区财政局副局长职务'])
  })
  it('builds the document: red mark, number, title, 主送, 区委决定：, sentences ending ；…。, signature and Chinese date', () => {
    const model = buildAppointmentNotice({ items: [remove('李四', '区水利局局长'), appoint('张三', '区发改委主任')], docNumber: '示区委〔2026〕15号', addressee: defaultAddressee('区委'), date: '2026-11-23' }, settings)
    expect(model.blocks[0]).toEqual({ kind: 'redMark', text: '中共示例区委文件' })
    // The 发文字号 two lines below the mark (GB/T 9704 7.2.4), the red rule under it.
    expect(model.blocks.slice(1, 5)).toEqual([{ kind: 'blank' }, { kind: 'blank' }, { kind: 'centredLine', text: '示区委〔2026〕15号' }, { kind: 'redRule' }])
    expect(model.blocks.slice(5, 9)).toEqual([{ kind: 'blank' }, { kind: 'blank' }, { kind: 'title', text: '关于张三、李四同志职务任免的通知' }, { kind: 'blank' }])
    const all = texts(model)
    expect(all).toContain('各镇党委、街道党工委，区委各部委，区级国家机关各部门党组（党委），各人民团体党组：')
    expect(all.indexOf('区委决定：')).toBeGreaterThan(0)
    expect(all).toContain('张三同志任区发改委主任；')
    expect(all).toContain('免去李四同志的区水利局局长职务。')
    expect(all.indexOf('张三同志任区发改委主任；')).toBeLessThan(all.indexOf('免去李四同志的区水利局局长职务。'))
    expect(model.blocks).toContainEqual({ kind: 'signature', issuer: '中共示例区委', date: '2026年11月23日' })
    expect(model.marks).toBeUndefined()
  })
  it('refuses a notice with nothing to say', () => {
    expect(() => buildAppointmentNotice({ items: [appoint('张三', '')], docNumber: '示区委〔2026〕1号', addressee: 'x', date: '2026-11-23' }, settings)).toThrow('至少')
  })
  it('reads document numbers, fixing brackets, refusing what is not one', () => {
    expect(formatDocNumber('示区委', 2026, 15)).toBe('示区委〔2026〕15号')
    expect(normaliseDocNumber(' 示区委[2026]15号 ')).toBe('示区委〔2026〕15号')
    expect(normaliseDocNumber('示区委（2026）3号')).toBe('示区委〔2026〕3号')
    expect(normaliseDocNumber('示区委〔2026〕号')).toBeNull()
    expect(normaliseDocNumber('示区委〔2026〕0号')).toBeNull()
    expect(normaliseDocNumber('〔2026〕15号')).toBeNull()
  })
})

describe('任前公示 period', () => {
  const calendar = { extraHolidays: [], extraWorkdays: [], arrangedYears: [] }
  it('runs at least 5 working days, start included, over a plain week', () => {
    expect(defaultNoticePeriod('2026-11-23', calendar)).toEqual({ start: '2026-11-23', end: '2026-11-27' })
    // Starting on a Wednesday crosses a weekend.
    expect(defaultNoticePeriod('2026-11-25', calendar)).toEqual({ start: '2026-11-25', end: '2026-12-01' })
  })
  it('skips the National Day holiday and counts the 调休 Saturday', () => {
    // 28, 29, 30 September, then 1–7 October off, 8 and 9 October.
    expect(defaultNoticePeriod('2026-09-28', calendar).end).toBe('2026-10-09')
    expect(noticePeriodProblem({ start: '2026-09-28', end: '2026-10-08' }, calendar)).toBe('任前公示期不少于 5 个工作日：2026年9月28日至2026年10月8日只有 4 个工作日，最早可于2026年10月9日结束')
    // 8, 9 and Saturday 10 October (调休) are worked, then 12 and 13.
    expect(defaultNoticePeriod('2026-10-08', calendar).end).toBe('2026-10-13')
  })
  it('follows the office calendar: an extra holiday lengthens, an extra workday shortens', () => {
    expect(defaultNoticePeriod('2026-11-23', { extraHolidays: ['2026-11-24'], extraWorkdays: [], arrangedYears: [] }).end).toBe('2026-11-30')
    expect(defaultNoticePeriod('2026-11-25', { extraHolidays: [], extraWorkdays: ['2026-11-28'], arrangedYears: [] }).end).toBe('2026-11-30')
  })
  it('refuses a period shorter than 5 working days or ending before it starts; accepts a longer one', () => {
    expect(noticePeriodProblem({ start: '2026-11-23', end: '2026-11-26' }, calendar)).toContain('只有 4 个工作日')
    expect(noticePeriodProblem({ start: '2026-11-23', end: '2026-11-20' }, calendar)).toBe('公示结束日期（2026年11月20日）不能早于开始日期（2026年11月23日）')
    expect(noticePeriodProblem({ start: '2026-11-23', end: '2026-11-27' }, calendar)).toBeNull()
    expect(noticePeriodProblem({ start: '2026-11-23', end: '2026-12-04' }, calendar)).toBeNull()
  })
  it('starts by default on the next working day', () => {
    expect(defaultNoticeStart('2026-11-20', emptyCalendar)).toBe('2026-11-23')
    expect(defaultNoticeStart('2026-09-30', emptyCalendar)).toBe('2026-10-08')
  })
})

describe('任前公示 document', () => {
  const person: NoticePerson = {
    name: '张建国', sex: '男', ethnicity: '汉族', birth: '1978年5月', politicalStatus: '中共党员', education: '全日制大学学历、工学学士学位', workStarted: '2000年7月',
    currentPost: '示例区发展和改革委员会付主任', proposedPost: '示例区发展和改革委员会主任',
  }
  it('says every required field of a person in order, with 副', () => {
    expect(`${person.name}${personSentence(person)}`).toBe('张建国，男，汉族，1978年5月出生，中共党员，全日制大学学历、工学学士学位，2000年7月参加工作，现任示例区发展和改革委员会副主任，拟任示例区发展和改革委员会主任。')
  })
  it('has the title, the period with its working days, where and how to report, 实名举报, the 组织部 signature', () => {
    const model = buildPublicNotice({ people: [person, { ...person, name: '李明' }], period: { start: '2026-09-28', end: '2026-10-09' } }, settings, emptyCalendar)
    const all = texts(model)
    expect(model.blocks[0]).toEqual({ kind: 'title', text: '干部任前公示' })
    expect(all.some((t) => t.startsWith('1.张建国，男'))).toBe(true)
    expect(all.some((t) => t.startsWith('2.李明，男'))).toBe(true)
    expect(all).toContain('公示时间：2026年9月28日至2026年10月9日（5个工作日）。')
    expect(all.join('')).toContain('提倡实名举报')
    expect(all).toContain('受理单位：中共示例区委组织部')
    expect(all).toContain('举报电话：12380')
    expect(all).toContain('通信地址：示例区人民路1号区委组织部干部监督科')
    expect(model.blocks.at(-1)).toEqual({ kind: 'signature', issuer: '中共示例区委组织部', date: '2026年9月28日' })
    expect(publicNoticeFileName({ start: '2026-11-23', end: '2026-11-27' })).toBe('任前公示（2026年11月23日）.docx')
  })
  it('refuses to build with a short period', () => {
    expect(() => buildPublicNotice({ people: [person], period: { start: '2026-11-23', end: '2026-11-24' } }, settings, emptyCalendar)).toThrow('不少于 5 个工作日')
  })
  it('derives 政治面貌, 学历学位 and dates from the approval form', () => {
    expect(politicalStatusOf({ year: 1998, month: 6, formatted: '1998.06' })).toBe('中共党员')
    expect(politicalStatusOf(null)).toBe('群众')
    expect(politicalStatusOf({ raw: '民盟盟员' })).toBe('民盟盟员')
    const none = { education: '', degree: '', educationSchool: '', degreeSchool: '' }
    expect(educationOf({ fullTimeEducation: { ...none, education: '大学', degree: '工学学士' }, inServiceEducation: { ...none, education: '研究生', degree: '管理学硕士' } })).toBe('全日制大学学历、工学学士学位，在职研究生学历、管理学硕士学位')
    expect(educationOf({ fullTimeEducation: none, inServiceEducation: none })).toBe('')
    expect(educationOf({ fullTimeEducation: { ...none, education: '大学学历' }, inServiceEducation: none })).toBe('全日制大学学历')
    expect(chineseYearMonth('1978.05')).toBe('1978年5月')
  })
})

describe('专用记录本 page', () => {
  const member = (name: string, rank: number, presence: 'present' | 'absent' | 'recused', view: 'agree' | 'disagree' | null, recusalReason: string | null = null) => ({
    memberId: `m${rank}`, memberName: name, rank, presence, presenceLabel: '', view, viewLabel: view === 'agree' ? '同意' : view === 'disagree' ? '不同意' : null, recusalReason,
  })
  const entry: BookEntryView = {
    id: 'e1', label: '2026年第1册第3号', bookYear: 2026, bookNumber: 1, number: 3, meetingId: 'm', agendaItemId: 'a', meetingLabel: '2026年第15次常委会会议', meetingDate: '2026-09-20',
    topicTitle: '关于有关同志职务任免的议题', candidateNames: ['张建国'], correctsEntryId: null, correctsLabel: null, correctedByLabels: [], sealed: null, correctionReason: null, ballotTally: null,
    candidates: [{
      id: 'd1', matterId: 'x', position: 1, cadreName: '张建国', actionLabel: '任职/提拔', proposedPost: '区发改委主任', postToRemove: '', voteMethod: 'hands', voteMethodLabel: '举手表决',
      members: [member('林书记', 1, 'present', 'agree'), member('陈区长', 2, 'recused', null, '近亲属关系'), member('王副书记', 3, 'absent', null), member('赵部长', 4, 'present', 'disagree')],
      counts: { for: 1, against: 1, abstain: 0 }, quorum: { kind: 'personnel', members: 4, present: 2, required: 3, met: false, missing: 1 }, quorumText: '应到 4 人，实到 2 人', required: 3,
      result: 'passed', resultLabel: '通过', reconsiderationAgreed: null, decidedAt: '2026-09-20T02:00:00.000Z',
    }],
  }
  const model = buildBookEntryPage({
    entry, currentPosts: { d1: '区发改委付主任' }, classification: '机密★10年',
    meeting: { label: '2026年第15次常委会会议', date: '2026-09-20', startTime: '09:00', place: '区委常委会议室', chairName: '林书记', recorderName: '王秘书' },
  })
  const all = texts(model).join('\n')
  it('has the numbers, the meeting, attendance and the quorum count', () => {
    expect(all).toContain('2026年第1册　第3号')
    expect(all).toContain('会议|2026年第15次常委会会议')
    expect(all).toContain('时间|2026年9月20日上午9:00')
    expect(all).toContain('主持人|林书记')
    expect(all).toContain('应到|4人')
    expect(all).toContain('实到|3人（三分之二以上须3人）')
    expect(model.marks).toEqual({ copyNumber: '000001', classification: '机密★10年' })
  })
  it('lists recusals with reasons, each member’s view and the vote per candidate', () => {
    expect(all).toContain('陈区长|张建国|近亲属关系')
    expect(all).toContain('现任职务|区发改委副主任')
    expect(all).toContain('成员|意见|成员|意见\n林书记|同意|陈区长|回避\n王副书记|未参加|赵部长|不同意')
    expect(all).toContain('表决情况|同意1票，不同意1票，弃权0票（举手表决，通过需同意3票）')
    expect(all).toContain('表决结果|通过')
    expect(model.blocks).toContainEqual({ kind: 'heading', level: 1, text: '一、张建国' })
    expect(model.blocks.at(-1)).toEqual({ kind: 'signatureLines', labels: ['主持人（签字）', '记录人（签字）'] })
    expect(entryPageFileName(entry)).toBe('干部任免专用记录本2026年第1册第3号.docx')
  })
  it('names a correction and writes 无 without recusals', () => {
    const corrected = buildBookEntryPage({
      entry: { ...entry, correctsLabel: '2026年第1册第2号', correctionReason: '票数笔误', candidates: entry.candidates.map((c) => ({ ...c, members: c.members.filter((m) => m.presence !== 'recused') })) },
      currentPosts: {}, classification: null, meeting: { label: 'x', date: '2026-09-20', startTime: '09:00', place: 'p', chairName: 'c', recorderName: 'r' },
    })
    const text = texts(corrected).join('\n')
    expect(text).toContain('更正记录：本记录更正2026年第1册第2号，更正原因：票数笔误。')
    expect(text).toContain('回避情况：无。')
    expect(corrected.marks).toBeUndefined()
  })
  it('numbers headings in Chinese', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(['一', '九', '十', '十一', '二十', '二十三'])
  })
})
