import { describe, expect, it } from 'vitest'
import { meetingNoticeFileName, meetingNoticeModel } from '../../../shared/documents/meeting-notice'
import { meetingRecordFileName, meetingRecordModel } from '../../../shared/documents/meeting-record'
import { chineseDateWithWeekday, chineseTime, chineseTimeSpan } from '../../../shared/documents/meeting-text'
import { documentLines } from '../../support/document-lines'
import { committee, item, meeting, settings, topic } from './minutes-fixture'

// 会议通知 and 会议记录 from a meeting built by hand: every line as printed.

const [lin, chen, wang, , qian, , li] = committee.map((m) => m.personId) as [string, string, string, string, string, string, string]

function recordedMeeting(extra: Parameters<typeof meeting>[1] = {}) {
  const budget = item(topic('关于2027年区级财政预算草案的汇报', { proposingUnit: '区财政局', presenter: '周敏（区财政局局长）', guests: [{ id: 'g1', name: '周敏', post: '区财政局局长' }] }), {
    position: 1,
    reportNotes: '2027年一般公共预算收入安排18.6亿元。',
    speakingOrder: [li, qian, wang, chen, lin],
    speeches: [
      { personId: qian, notes: '同意，建议压减一般性支出。', stance: 'agree', updatedAt: '' },
      { personId: li, notes: '同意。', stance: 'agree', updatedAt: '' },
      { personId: lin, notes: '原则同意，按程序提请区人大审议。', stance: null, updatedAt: '' },
    ],
    absences: [{ personId: wang, kind: 'out', note: '接听紧急电话' }],
    vote: { method: 'hands', counts: { for: 5, against: 0, abstain: 0 }, ballots: [] },
    outcome: 'passed',
    decisionText: '会议原则同意2027年区级财政预算草案，按程序提请区人大常委会审议。',
    leadLeaderId: chen,
    leadLeaderName: '陈区长',
    responsibleUnits: '区财政局',
    deadline: '2026-12-31',
  })
  const parking = item(topic('关于城区停车场建设的方案', { proposingUnit: '区住建局', presenter: '吴刚（区住建局局长）' }), {
    position: 2,
    speakingOrder: [li, qian, wang, chen, lin],
    speeches: [{ personId: chen, notes: '建议先做需求调查。', stance: 'defer', updatedAt: '' }],
    recusals: [{ personId: qian, candidate: '', reason: '其亲属在投标企业任职' }],
    vote: { method: 'named', counts: { for: 1, against: 2, abstain: 1 }, ballots: [{ personId: lin, choice: 'for' }, { personId: chen, choice: 'against' }, { personId: wang, choice: 'against' }, { personId: li, choice: 'abstain' }] },
    outcome: 'deferred',
  })
  const personnel = item(topic('干部任免事项', { category: 'personnel', proposingUnit: '区委组织部', presenter: '赵部长（区委组织部部长）' }), {
    position: 3,
    decisionText: '干部任免事项（详见干部任免专用记录本2026年第1册第3号）',
  })
  const members = committee.map((m) => (m.name === '孙部长' ? { ...m, writtenView: '同意预算草案。' } : m))
  return meeting([budget, parking, personnel], { members, guests: [{ id: 'g0', name: '刘主任', post: '区委办公室副主任' }], ...extra })
}

describe('会议通知', () => {
  it('prints time, place, chair, attendees and the topics in order with presenters and 列席', () => {
    const contact = { ...settings, areaCode: '0571', meetingContact: { name: '王秘书', phone: '87012345' } }
    const model = meetingNoticeModel({ detail: recordedMeeting(), settings: contact, issuedOn: '2026-11-17' })
    expect(model.documentTitle).toBe('关于召开2026年第15次区委常委会会议的通知')
    expect(model.marks).toBeUndefined()
    expect(documentLines(model)).toEqual([
      '中共示例区委办公室',
      '',
      '——红线——',
      '',
      '',
      '关于召开2026年第15次区委常委会会议的通知',
      '',
      '区委常委：',
      '经林书记同志同意，定于2026年11月20日（星期五）上午9:00在区委常委会议室召开2026年第15次区委常委会会议。现将有关事项通知如下：',
      '一、会议时间',
      '2026年11月20日（星期五）上午9:00。',
      '二、会议地点',
      '区委常委会议室。',
      '三、主持人',
      '林书记同志。',
      '四、出席人员',
      '林书记、陈区长、王副书记、赵部长、钱书记、孙部长、李书记同志。',
      '列席：刘主任（区委办公室副主任）。',
      '五、会议议题',
      '（一）关于2027年区级财政预算草案的汇报',
      '汇报单位：区财政局；汇报人：周敏（区财政局局长）。',
      '列席：周敏（区财政局局长）。',
      '（二）关于城区停车场建设的方案',
      '汇报单位：区住建局；汇报人：吴刚（区住建局局长）。',
      '（三）干部任免事项',
      '汇报单位：区委组织部；汇报人：赵部长（区委组织部部长）。',
      '六、有关要求',
      '1.请出席同志准时参会。因故不能出席的，请于会前向区委办公室请假。',
      '2.列席同志请按议题顺序提前15分钟到会候会，汇报结束后即行退席。',
      '3.请汇报单位于会前将汇报材料报送区委办公室。',
      '联系人：王秘书；联系电话：0571-87012345。',
      '中共示例区委办公室',
      '2026年11月17日',
    ])
    expect(meetingNoticeFileName(recordedMeeting())).toBe('2026年第15次常委会会议通知.docx')
    // No 联系人 set: no line for it; a mobile number or one with its own area code prints as typed.
    const lines = (meetingContact: { name: string; phone: string }) => documentLines(meetingNoticeModel({ detail: recordedMeeting(), settings: { ...contact, meetingContact }, issuedOn: '2026-11-17' }))
    expect(lines({ name: '', phone: '' }).filter((line) => line.startsWith('联系人'))).toEqual([])
    expect(lines({ name: '王秘书', phone: '13905710000' })).toContain('联系人：王秘书；联系电话：13905710000。')
    expect(lines({ name: '王秘书', phone: '010-66012345' })).toContain('联系人：王秘书；联系电话：010-66012345。')
  })

  it('writes dates with the weekday and times as in 公文', () => {
    expect(chineseDateWithWeekday('2026-03-01')).toBe('2026年3月1日（星期日）')
    expect(chineseTime('14:30')).toBe('下午2:30')
    expect(chineseTime('12:00')).toBe('中午12:00')
    expect(chineseTime('01:30')).toBe('凌晨1:30')
    expect(chineseTime('19:05')).toBe('晚上7:05')
    expect(chineseTimeSpan('09:00', '11:30')).toBe('上午9:00至11:30')
    expect(chineseTimeSpan('09:00', '14:00')).toBe('上午9:00至下午2:00')
  })
})

describe('会议记录', () => {
  it('prints the whole record: attendance, speeches in the order spoken, votes, decisions, 散会', () => {
    const model = meetingRecordModel({ detail: recordedMeeting(), settings })
    // Classified, so with its 份号 (GB/T 9704 7.2.1).
    expect(model.marks).toEqual({ copyNumber: '000001', classification: '机密★10年' })
    expect(documentLines(model)).toEqual([
      '000001',
      '机密★10年',
      '2026年第15次区委常委会会议记录',
      '',
      '会议：2026年第15次区委常委会会议',
      '时间：2026年11月20日（星期五）上午9:00至11:30',
      '地点：区委常委会议室',
      '主持人：林书记（区委书记）',
      '应到：7人；实到5人',
      '出席：林书记、陈区长、王副书记、钱书记、李书记',
      '请假：赵部长（公出，在省委党校学习）、孙部长（病假）',
      '书面意见：孙部长：同意预算草案。（书面意见，不计入表决）',
      '列席：刘主任（区委办公室副主任）',
      '记录人：王秘书',
      '一、关于2027年区级财政预算草案的汇报',
      '汇报单位：区财政局',
      '汇报人：周敏（区财政局局长）',
      '列席：周敏（区财政局局长）',
      '未参加本议题：王副书记（临时离席，接听紧急电话）',
      '汇报要点：2027年一般公共预算收入安排18.6亿元。',
      '发言情况（按发言顺序）：',
      // The stance first, where it never wraps into fragments.
      '李书记：（表态：同意）同意。',
      '钱书记：（表态：同意）同意，建议压减一般性支出。',
      '林书记：原则同意，按程序提请区人大审议。',
      '表决：举手表决，同意5票，不同意0票，弃权0票。',
      '结果：通过',
      '决定：会议原则同意2027年区级财政预算草案，按程序提请区人大常委会审议。',
      '牵头领导：陈区长',
      '责任单位：区财政局',
      '完成时限：2026年12月31日',
      '二、关于城区停车场建设的方案',
      '汇报单位：区住建局',
      '汇报人：吴刚（区住建局局长）',
      '回避：钱书记，其亲属在投标企业任职',
      '发言情况（按发言顺序）：',
      '陈区长：（表态：缓议）建议先做需求调查。',
      '表决：记名投票，同意1票，不同意2票，弃权1票（同意：林书记；不同意：陈区长、王副书记；弃权：李书记）。',
      '结果：缓议',
      '三、干部任免事项',
      '议题类别：重要干部任免',
      '汇报单位：区委组织部',
      '汇报人：赵部长（区委组织部部长）',
      '记录：干部任免事项（详见干部任免专用记录本2026年第1册第3号）',
      '散会：上午11:30',
      '主持人（签字）：',
      '记录人（签字）：',
    ])
    expect(meetingRecordFileName(recordedMeeting())).toBe('2026年第15次常委会会议记录.docx')
  })

  it('shows corrections after the original once signed, and no classification when settings say so', () => {
    const detail = recordedMeeting({ status: 'signed' })
    const itemId = detail.items[0]!.id
    detail.amendments = [{ id: 'a1', target: 'agenda_item', targetId: itemId, field: 'deadline', fieldLabel: '办结时限', before: '2026-12-31', after: '2027-01-31', reason: '据会议录音核对', at: '2026-11-25T02:00:00.000Z', authorName: '王秘书' }]
    const lines = documentLines(meetingRecordModel({ detail, settings: { ...settings, defaultClassification: { level: 'none', years: null } } }))
    expect(lines[0]).toBe('2026年第15次区委常委会会议记录')
    const at = lines.indexOf('完成时限：2026年12月31日')
    expect(lines[at + 1]).toBe('更正（2026年11月25日，王秘书）：办结时限更正为“2027-01-31”，原为“2026-12-31”。原因：据会议录音核对')
  })

  it('never prints personnel detail beyond the book reference', () => {
    const detail = recordedMeeting()
    const personnel = detail.items[2]!
    personnel.speeches = [{ personId: lin, notes: '张某某同志政治过硬', stance: 'agree', updatedAt: '' }]
    personnel.vote = { method: 'secret', counts: { for: 5, against: 0, abstain: 0 }, ballots: [] }
    const text = documentLines(meetingRecordModel({ detail, settings })).join('\n')
    expect(text).not.toContain('张某某')
    expect(text.split('三、干部任免事项')[1]).not.toContain('表决')
  })
})
