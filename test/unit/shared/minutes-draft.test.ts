import { describe, expect, it } from 'vitest'
import { minutesAttendance, guestPhrase } from '../../../shared/documents/minutes/attendance'
import { minutesContentSchema, paragraphsOf } from '../../../shared/documents/minutes/content'
import { bodyShortName, draftMinutes, openingParagraph } from '../../../shared/documents/minutes/draft'
import { personnelParagraphs, personnelReference } from '../../../shared/documents/minutes/personnel'
import {
  chineseNumber, decisionSentence, deferralSentence, presenterPhrase, rejectionSentences, reportSentence, requirementSentence, sectionHeading, topicSubject, viewSentence,
} from '../../../shared/documents/minutes/phrasing'
import type { CandidateDecisionView } from '../../../shared/personnel/views'
import { committee, item, meeting, member, settings, topic } from './minutes-fixture'

describe('the phrasing of a 纪要', () => {
  it('names the topic and the presenter as the 纪要 does', () => {
    expect(topicSubject('关于2027年区级重点民生实事项目的议题')).toBe('2027年区级重点民生实事项目')
    expect(topicSubject('关于2026年区委常委会工作要点的意见')).toBe('2026年区委常委会工作要点')
    expect(topicSubject('城区改造')).toBe('城区改造')
    expect(sectionHeading('关于2027年区级重点民生实事项目的议题')).toBe('关于2027年区级重点民生实事项目')
    expect(sectionHeading('关于城东快速路建设项目的请示')).toBe('关于城东快速路建设项目的请示')
    expect(presenterPhrase('李卫东（区发展改革委主任）')).toBe('区发展改革委主任李卫东')
    expect(presenterPhrase('区发展改革局局长 钱卫东')).toBe('区发展改革局局长钱卫东')
    expect(reportSentence('区发展改革局局长 钱卫东', '关于2027年区级重点民生实事项目的议题')).toBe('会议听取了区发展改革局局长钱卫东关于2027年区级重点民生实事项目的汇报。')
    expect(reportSentence('', '关于城区改造的议题')).toBe('会议研究了城区改造有关事项。')
  })

  it('puts the points of the report notes into 会议听取了……的汇报 (汇报提出), never into 会议认为, without the sentence that only says who reported', () => {
    const notes = '李卫东汇报了城东快速路的有关情况。项目估算总投资12.6亿元。用地预审和环评已完成；计划分两期实施。'
    expect(reportSentence('李卫东（区发展改革委主任）', '关于城东快速路建设项目的请示', notes)).toBe(
      '会议听取了区发展改革委主任李卫东关于城东快速路建设项目的汇报。汇报提出，项目估算总投资12.6亿元。用地预审和环评已完成；计划分两期实施。',
    )
    expect(reportSentence('李卫东（区发展改革委主任）', '关于城东快速路建设项目的请示', '申请资金1560万元')).toBe('会议听取了区发展改革委主任李卫东关于城东快速路建设项目的汇报。汇报提出，申请资金1560万元。')
    expect(reportSentence('李卫东（区发展改革委主任）', '关于城东快速路建设项目的请示', '李卫东汇报了有关情况。')).toBe('会议听取了区发展改革委主任李卫东关于城东快速路建设项目的汇报。')
  })

  it('words 会议认为 only from the view the secretary wrote, without doubling a 会议认为 typed in it', () => {
    expect(viewSentence('方案可行')).toBe('会议认为，方案可行。')
    expect(viewSentence('会议认为，方案论证充分。')).toBe('会议认为，方案论证充分。')
    expect(viewSentence('  ')).toBeNull()
  })

  it('turns the recorded decision into a sentence of the meeting', () => {
    expect(decisionSentence('会议原则同意该方案。请区发展改革委抓好落实。')).toBe('会议原则同意该方案。请区发展改革委抓好落实。')
    expect(decisionSentence('同意该方案')).toBe('会议同意该方案。')
    expect(decisionSentence('原则同意')).toBe('会议原则同意。')
    expect(decisionSentence('审议通过实施方案')).toBe('会议审议通过实施方案。')
    expect(decisionSentence('由区住建局牵头实施')).toBe('会议决定，由区住建局牵头实施。')
    expect(decisionSentence('  ')).toBeNull()
  })

  it('words the requirement from the lead leader, the units and the deadline in Chinese dates', () => {
    expect(requirementSentence({ leadLeaderName: '吴区长', responsibleUnits: '区住房城乡建设局', deadline: '2026-12-31' })).toBe('会议要求，由吴区长同志牵头，区住房城乡建设局负责，于2026年12月31日前抓好落实。')
    expect(requirementSentence({ leadLeaderName: null, responsibleUnits: '区财政局、区教育局', deadline: '2027-01-05' })).toBe('会议要求，由区财政局、区教育局负责，于2027年1月5日前抓好落实。')
    expect(requirementSentence({ leadLeaderName: '吴区长', responsibleUnits: '', deadline: null })).toBe('会议要求，由吴区长同志牵头，抓好落实。')
    expect(requirementSentence({ leadLeaderName: null, responsibleUnits: '', deadline: '2026-12-01' })).toBe('会议要求，于2026年12月1日前抓好落实。')
    expect(requirementSentence({ leadLeaderName: null, responsibleUnits: ' ', deadline: null })).toBeNull()
  })

  it('words deferral and rejection', () => {
    expect(deferralSentence({ decisionText: '', proposingUnit: '区民政局', bodyPhrase: '区委常委会' })).toBe('会议决定，该议题暂缓研究，请区民政局根据会议意见进一步修改完善后，再提交区委常委会研究。')
    expect(deferralSentence({ decisionText: '会议决定，请区民政局补充测算后再提交', proposingUnit: '区民政局', bodyPhrase: '区委常委会' })).toBe('会议决定，该议题暂缓研究，请区民政局补充测算后再提交。')
    expect(rejectionSentences('')).toEqual(['会议经研究，未同意该事项。'])
    expect(rejectionSentences('项目条件还不成熟，请进一步论证')).toEqual(['会议经研究，未同意该事项。', '会议决定，项目条件还不成熟，请进一步论证。'])
  })

  it('counts in Chinese for headings', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '三十五', '九十九'])
  })

  it('splits a textarea into paragraphs, one a line', () => {
    expect(paragraphsOf('第一段。\n\n  第二段。  \r\n')).toEqual(['第一段。', '第二段。'])
  })
})

describe('the 出席 / 请假 / 列席 block', () => {
  it('lists the present in rank order, leave with its reason, and guests with posts and the items they attended', () => {
    const first = item(topic('关于甲的议题', { guests: [{ id: 'g1', name: '区发展改革委', post: '主要负责同志' }, { id: 'g2', name: '张三', post: '区审计局局长' }] }))
    const second = item(topic('关于乙的议题', { guests: [{ id: 'g3', name: '区发展改革委', post: '主要负责同志' }] }))
    const withdrawn = item(topic('关于丙的议题', { guests: [{ id: 'g4', name: '区民政局', post: '主要负责同志' }] }), { outcome: 'withdrawn' })
    const detail = meeting([first, withdrawn, second], { members: [...committee].reverse(), guests: [{ id: 'g0', name: '周主席', post: '区政协主席' }] })
    expect(minutesAttendance(detail)).toEqual({
      present: '林书记、陈区长、王副书记、钱书记、李书记',
      leave: '赵部长（公出，在省委党校学习）、孙部长（病假）',
      guests: '区政协主席 周主席、区发展改革委主要负责同志（列席第一、二项议题）、区审计局局长 张三（列席第一项议题）',
    })
  })

  it('leaves the item numbers out with one topic, and a guest without post as named', () => {
    const only = item(topic('关于甲的议题', { guests: [{ id: 'g1', name: '区财政局', post: '主要负责同志' }] }))
    expect(minutesAttendance(meeting([only], { guests: [{ id: 'g0', name: '区人大常委会办公室', post: null }] })).guests).toBe('区人大常委会办公室、区财政局主要负责同志')
    expect(guestPhrase({ name: '王五', post: null })).toBe('王五')
    const repeated = committee.map((m) => (m.rank === 6 ? { ...m, leaveNote: '病假' } : m))
    expect(minutesAttendance(meeting([only], { members: repeated })).leave).toBe('赵部长（公出，在省委党校学习）、孙部长（病假）')
    expect(minutesAttendance(meeting([only], { members: committee.map((m) => ({ ...m, attendance: 'present' as const })) })).leave).toBe('')
  })
})

describe('drafting a 纪要 from the record', () => {
  const passed = item(topic('关于2027年区级重点民生实事项目的议题', { presenter: '区发展改革局局长 钱卫东' }), {
    reportNotes: '钱卫东汇报了2027年区级重点民生实事项目的有关情况。方案经过专家论证和风险评估；已向社会公开征求意见。',
    decisionText: '会议审议通过2027年区级重点民生实事项目的方案。',
    leadLeaderName: '陈区长',
    responsibleUnits: '区发展改革局',
    deadline: '2026-12-31',
  })
  const deferred = item(topic('关于2026年全区民生实事项目的方案', { proposingUnit: '区民政局', presenter: '孙丽（区民政局局长）' }), { outcome: 'deferred', decisionText: '' })
  const rejected = item(topic('关于城东快速路建设项目的请示'), { outcome: 'rejected', decisionText: '项目条件还不成熟，请区交通运输局进一步论证' })
  const withdrawn = item(topic('关于某事项的议题'), { outcome: 'withdrawn' })
  const personnel = item(topic('关于有关同志职务任免的议题', { category: 'personnel', presenter: '赵部长（区委组织部部长）' }), { decisionText: '干部任免事项（详见专用记录本2026年第1册第3号）' })

  it('opens with the date, the chair and the meeting, then one section per heard item in the usual phrasing', () => {
    const content = draftMinutes(meeting([passed, deferred, rejected, withdrawn, personnel]), settings)
    expect(content.opening).toBe('2026年11月20日，区委书记林书记在区委常委会议室主持召开2026年第15次区委常委会会议，研究了以下事项。')
    // Classified by default, so the draft carries 份号 000001 (GB/T 9704 7.2.1).
    expect(content.copyNumber).toBe('000001')
    expect(content.sections.map((section) => section.heading)).toEqual(['关于2027年区级重点民生实事项目', '关于2026年全区民生实事项目的方案', '关于城东快速路建设项目的请示', '关于有关同志职务任免'])
    // The report notes are what the presenter said: 汇报提出, never 会议认为 (left to the secretary).
    expect(content.sections[0]!.paragraphs).toEqual([
      '会议听取了区发展改革局局长钱卫东关于2027年区级重点民生实事项目的汇报。汇报提出，方案经过专家论证和风险评估；已向社会公开征求意见。',
      '会议审议通过2027年区级重点民生实事项目的方案。',
      '会议要求，由陈区长同志牵头，区发展改革局负责，于2026年12月31日前抓好落实。',
    ])
    expect(content.sections[1]!.paragraphs).toEqual(['会议听取了区民政局局长孙丽关于2026年全区民生实事项目的汇报。', '会议决定，该议题暂缓研究，请区民政局根据会议意见进一步修改完善后，再提交区委常委会研究。'])
    expect(content.sections[2]!.paragraphs).toEqual(['会议听取了区发展改革委主任李卫东关于城东快速路建设项目的汇报。', '会议经研究，未同意该事项。', '会议决定，项目条件还不成熟，请区交通运输局进一步论证。'])
    expect(content.sections[3]).toMatchObject({ personnel: true, paragraphs: ['会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。'] })
    expect(content.sections.map((section) => section.view)).toEqual(['', '', '', ''])
    expect(JSON.stringify(content.sections)).not.toContain('会议认为')
    expect(content.includePersonnel).toBe(false)
    expect(content.classification).toEqual({ level: 'confidential', years: 10 })
    expect(content.distribution).toBe(settings.distributionLists[0]!.text)
    expect(content.attendance.leave).toBe('赵部长（公出，在省委党校学习）、孙部长（病假）')
    expect(minutesContentSchema.parse(content)).toEqual(content)
  })

  it('says 会议同意该事项 when a passed item has no decision text, and the pending book reference for a personnel item without entry', () => {
    const bare = item(topic('关于甲的议题'), { decisionText: '' })
    const pending = item(topic('关于任免的议题', { category: 'personnel' }), { decisionText: '干部任免事项（专用记录本条目待生成）' })
    const content = draftMinutes(meeting([bare, pending]), settings)
    expect(content.sections[0]!.paragraphs).toEqual(['会议听取了区发展改革委主任李卫东关于甲的汇报。', '会议同意该事项。'])
    expect(content.sections[1]!.paragraphs).toEqual(['会议研究了干部任免事项，具体见干部任免专用记录本。'])
  })

  it('is the same for the same record (pure)', () => {
    const detail = meeting([passed, personnel])
    expect(JSON.stringify(draftMinutes(detail, settings))).toBe(JSON.stringify(draftMinutes(structuredClone(detail), settings)))
  })

  it('names the meeting by term when the body counts by term, and leaves the chair out when none was set', () => {
    const detail = meeting([passed], { body: { ...meeting([]).body, numbering: 'term' }, termName: '第十三届', chairId: null, chairName: null })
    expect(openingParagraph(detail, '区委')).toBe('2026年11月20日，在区委常委会议室召开第十三届第15次区委常委会会议，研究了以下事项。')
    const plenary = meeting([], { body: { ...meeting([]).body, name: '全体会议' }, members: [member(1, '林书记', '区委书记')] })
    expect(openingParagraph(plenary, '区委')).toBe('2026年11月20日，区委书记林书记在区委常委会议室主持召开2026年第15次区委全体会议，研究了以下事项。')
    expect(bodyShortName('区委', '区委常委会会议')).toBe('区委常委会')
  })

  it('picks the distribution list named for the body, else the first', () => {
    const lists = [{ name: '全体会议纪要', text: '全体委员' }, { name: '书记专题会议纪要', text: '区委常委' }]
    const secretary = meeting([], { body: { ...meeting([]).body, name: '书记专题会议', kind: 'secretary' } })
    expect(draftMinutes(secretary, { ...settings, distributionLists: lists }).distribution).toBe('区委常委')
    expect(draftMinutes(meeting([]), { ...settings, distributionLists: lists }).distribution).toBe('全体委员')
    expect(draftMinutes(meeting([]), { ...settings, distributionLists: [] }).distribution).toBe('')
  })
})

describe('personnel items', () => {
  const candidate = (position: number, extra: Partial<CandidateDecisionView>): CandidateDecisionView => ({
    id: `c${position}`, matterId: `m${position}`, position, cadreName: '张建国', actionLabel: '任职', proposedPost: '', postToRemove: '', voteMethod: 'secret', voteMethodLabel: '无记名投票',
    members: [], counts: { for: 9, against: 0, abstain: 0 }, quorum: { members: 11, present: 9, required: 8, met: true, kind: 'personnel', missing: 0 }, quorumText: '', required: 6,
    result: 'passed', resultLabel: '通过', reconsiderationAgreed: null, decidedAt: '2026-11-20T03:00:00.000Z', ...extra,
  })

  it('refer to the book by default', () => {
    expect(personnelReference('干部任免事项（详见专用记录本2026年第1册第3号）')).toBe('会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。')
  })

  it('list the candidates and results from the book when chosen: appointments, removals, rejected and deferred', () => {
    const paragraphs = personnelParagraphs({
      label: '2026年第1册第3号',
      candidates: [
        candidate(3, { cadreName: '王五', proposedPost: '区民政局局长', result: 'rejected' }),
        candidate(1, { cadreName: '张建国', proposedPost: '区发展改革委主任', postToRemove: '区发展改革委副主任' }),
        candidate(2, { cadreName: '李秀英', actionLabel: '免职', postToRemove: '区民政局局长' }),
        candidate(4, { cadreName: '赵六', proposedPost: '区财政局副局长', result: 'deferred' }),
      ],
    })
    expect(paragraphs).toEqual([
      '会议研究了干部任免事项（详见干部任免专用记录本2026年第1册第3号）。',
      '会议经无记名投票表决，同意张建国同志任区发展改革委主任，免去其区发展改革委副主任职务；免去李秀英同志的区民政局局长职务。',
      '王五同志任职（区民政局局长）事项未获通过。',
      '赵六同志任职（区财政局副局长）事项暂缓研究。',
    ])
  })

  it('say the vote method as 表决 once, and name an action without posts', () => {
    expect(personnelParagraphs({ label: '2026年第1册第1号', candidates: [candidate(1, { voteMethodLabel: '举手表决', actionLabel: '试用期满转正' })] })[1]).toBe('会议经举手表决，同意张建国同志试用期满转正。')
  })
})
