import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { meetingAgendaModel } from '../../../shared/documents/meeting-papers/agenda'
import { highestClassification, secretRegisterModel } from '../../../shared/documents/meeting-papers/secret-register'
import { signInSheetModel } from '../../../shared/documents/meeting-papers/sign-in-sheet'
import { copyChangeProblem, copyNumberText, copyRecipients, outstandingCopies } from '../../../shared/meeting-papers/copies'
import { signInMismatches } from '../../../shared/meeting-papers/sign-in'
import type { SecretCopyView, SecretMaterialView } from '../../../shared/meeting-papers/views'
import { attendanceStates } from '../../../shared/meetings/vocabulary'
import { documentLines } from '../../support/document-lines'
import { committee, item, meeting, settings, topic } from './minutes-fixture'

// The papers of a meeting day from a meeting built by hand: who gets which numbered copy,
// which copies are out, the 签到表 against the attendance, and every line of the 议程 and
// the 签到表 as printed (a personnel item's title only for a holder of the grant).

const budget = item(topic('关于2027年区级财政预算草案的汇报', { proposingUnit: '区财政局', presenter: '周敏（区财政局局长）', guests: [{ id: 'g1', name: '周敏', post: '区财政局局长' }, { id: 'g2', name: '刘主任', post: '区委办公室副主任' }] }), { position: 1, plannedTime: '09:00' })
const cadres = item(topic('关于张建国等同志职务任免的建议', { category: 'personnel', proposingUnit: '区委组织部', presenter: '赵部长（区委组织部部长）', guests: [{ id: 'g3', name: '孙科长', post: '区委组织部干部科科长' }] }), { position: 2 })
const day = meeting([budget, cadres], { guests: [{ id: 'g0', name: '刘主任', post: '区委办公室副主任' }] })

function copy(n: number, state: SecretCopyView['state']): SecretCopyView {
  return { id: `c${n}`, materialId: 'm1', copyNumber: copyNumberText(n), recipientGroup: 'member', recipientName: `成员${n}`, recipientPost: null, state, note: state === 'settled' ? '会后补交' : null, returnedAt: null }
}

describe('numbered copies (份号)', () => {
  it('go to the members not on leave by rank, then the meeting’s 列席, then the item’s, each person once', () => {
    expect(copyRecipients(day, budget.id).map((r) => `${r.group}:${r.name}`)).toEqual([
      'member:林书记', 'member:陈区长', 'member:王副书记', 'member:钱书记', 'member:李书记', 'guest:刘主任', 'guest:周敏',
    ])
    // A material for the whole meeting: no item's 列席.
    expect(copyRecipients(day, null).map((r) => r.name)).toEqual(['林书记', '陈区长', '王副书记', '钱书记', '李书记', '刘主任'])
    expect(copyRecipients(day, cadres.id).at(-1)).toEqual({ group: 'guest', name: '孙科长', post: '区委组织部干部科科长' })
  })

  it('are numbered in six digits and listed as out until returned or closed with a reason', () => {
    expect([1, 12, 999999].map(copyNumberText)).toEqual(['000001', '000012', '999999'])
    const material: SecretMaterialView = { id: 'm1', itemId: null, title: '预算草案', classification: { level: 'secret', years: null }, copies: [copy(1, 'returned'), copy(2, 'out'), copy(3, 'settled'), copy(4, 'out')] }
    expect(outstandingCopies([material]).map((o) => o.copy.copyNumber)).toEqual(['000002', '000004'])
    expect(outstandingCopies([{ ...material, copies: [copy(1, 'returned'), copy(3, 'settled')] }])).toEqual([])
  })

  it('change state only to another state, and close without return only with a reason', () => {
    expect(copyChangeProblem('预算草案', copy(2, 'out'), 'returned', null)).toBeNull()
    expect(copyChangeProblem('预算草案', copy(1, 'returned'), 'out', null)).toBeNull()
    expect(copyChangeProblem('预算草案', copy(2, 'out'), 'settled', '已按规定销毁')).toBeNull()
    expect(copyChangeProblem('预算草案', copy(1, 'returned'), 'returned', null)).toBe('《预算草案》第000001份（成员1）已是“已收回”')
    expect(copyChangeProblem('预算草案', copy(2, 'out'), 'settled', ' ')).toBe('《预算草案》第000002份（成员2）未收回：请注明原因（如“会后补交”“已按规定销毁”）')
    expect(copyChangeProblem('预算草案', copy(2, 'out'), 'settled', null)).not.toBeNull()
  })

  it('make the register carry the highest classification of its materials', () => {
    const of = (level: 'secret' | 'confidential' | 'top_secret', years: number | null) => ({ classification: { level, years } })
    expect(highestClassification([])).toBeNull()
    expect(highestClassification([of('secret', 10), of('confidential', 5), of('secret', null)])).toEqual({ level: 'confidential', years: 5 })
    expect(highestClassification([of('confidential', 5), of('confidential', 10)])).toEqual({ level: 'confidential', years: 10 })
    const model = secretRegisterModel({ detail: day, materials: [{ id: 'm1', itemId: cadres.id, title: '任免建议名单', classification: { level: 'confidential', years: 10 }, copies: [copy(1, 'out')] }], settings, showPersonnelTitles: false })
    expect(model.marks).toEqual({ copyNumber: '000001', classification: '机密★10年' })
    expect(documentLines(model)).toContain('机密★10年，共1份，议题二：干部任免事项。')
  })
})

describe('签到表 against the attendance', () => {
  it('shows nothing before the sheet is checked, then each member whose tick and attendance disagree', () => {
    expect(signInMismatches(committee, [])).toEqual([])
    const [lin, chen, , zhao] = committee
    expect(signInMismatches(committee, [lin!.personId, zhao!.personId]).map((m) => [m.kind, m.message])).toEqual([
      ['present_not_signed', '陈区长：出席登记为“出席”，但签到表上未签到'],
      ['present_not_signed', '王副书记：出席登记为“出席”，但签到表上未签到'],
      ['signed_not_present', '赵部长：签到表上已签到，但出席登记为“请假”'],
      ['present_not_signed', '钱书记：出席登记为“出席”，但签到表上未签到'],
      ['present_not_signed', '李书记：出席登记为“出席”，但签到表上未签到'],
    ])
    expect(chen!.attendance).toBe('present')
  })

  it('is exactly the members in one of signed and present but not both, once anyone is ticked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...attendanceStates), fc.boolean()), { minLength: 1, maxLength: 15 }), (rows) => {
        const members = rows.map(([attendance], i) => ({ personId: `p${i}`, name: `成员${i}`, attendance }))
        const signed = rows.flatMap(([, ticked], i) => (ticked ? [`p${i}`] : []))
        const expected = signed.length === 0 ? [] : members.filter((m, i) => rows[i]![1] !== (m.attendance === 'present')).map((m) => m.personId)
        expect(signInMismatches(members, signed).map((m) => m.personId)).toEqual(expected)
      }),
    )
  })
})

describe('会议议程', () => {
  it('prints each item with its planned time when set, its 汇报人 and 列席, a personnel item as 干部任免事项 without the grant', () => {
    const hidden = meetingAgendaModel({ detail: day, settings, showPersonnelTitles: false })
    expect(hidden.marks).toEqual({ copyNumber: '000001', classification: '机密★10年' })
    expect(documentLines(hidden)).toEqual([
      '000001',
      '机密★10年',
      '2026年第15次区委常委会会议议程',
      '',
      '时间：2026年11月20日（星期五）上午9:00',
      '地点：区委常委会议室',
      '主持人：林书记',
      '全程列席：刘主任（区委办公室副主任）',
      '',
      '一、关于2027年区级财政预算草案的汇报',
      '时间：上午9:00',
      '汇报人：区财政局 周敏（区财政局局长）',
      '列席：周敏（区财政局局长）、刘主任（区委办公室副主任）',
      '二、干部任免事项',
      '汇报人：区委组织部 赵部长（区委组织部部长）',
      '列席：孙科长（区委组织部干部科科长）',
    ])
    const shown = documentLines(meetingAgendaModel({ detail: day, settings, showPersonnelTitles: true }))
    expect(shown).toContain('二、关于张建国等同志职务任免的建议')
    expect(shown.join('')).not.toContain('二、干部任免事项')
    expect(documentLines(meetingAgendaModel({ detail: meeting([]), settings: { ...settings, defaultClassification: { level: 'none', years: null } }, showPersonnelTitles: true }))).toContain('会议议题另行通知。')
  })
})

describe('签到表', () => {
  it('lists the members by rank with 请假 filled, then the 列席 by item, with arrival and signature columns', () => {
    const reversed = meeting([budget, cadres], { members: [...committee].reverse(), guests: day.guests })
    expect(documentLines(signInSheetModel({ detail: reversed, settings, showPersonnelTitles: false }))).toEqual([
      '000001',
      '机密★10年',
      '2026年第15次区委常委会会议签到表',
      '',
      '时间：2026年11月20日（星期五）上午9:00',
      '地点：区委常委会议室',
      '一、应到会成员（7人）',
      '序号|姓名|职务|签名|请假',
      '1|林书记|区委书记||',
      '2|陈区长|区委副书记、区长||',
      '3|王副书记|区委副书记||',
      '4|赵部长|区委常委、组织部部长||公出：在省委党校学习',
      '5|钱书记|区委常委、纪委书记||',
      '6|孙部长|区委常委、宣传部部长||病假',
      '7|李书记|区委常委、政法委书记||',
      '二、列席人员',
      '（一）全程列席',
      '序号|姓名|单位及职务|到会时间|签名',
      '1|刘主任|区委办公室副主任||',
      '（二）议题一：关于2027年区级财政预算草案的汇报',
      '序号|姓名|单位及职务|到会时间|签名',
      '1|周敏|区财政局局长||',
      '2|刘主任|区委办公室副主任||',
      '（三）议题二：干部任免事项',
      '序号|姓名|单位及职务|到会时间|签名',
      '1|孙科长|区委组织部干部科科长||',
    ])
  })
})
