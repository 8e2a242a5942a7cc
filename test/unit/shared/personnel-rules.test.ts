import { describe, expect, it } from 'vitest'
import { emptyCalendar, type WorkingCalendar } from '../../../shared/calendar/working-days'
import { itemQuorum } from '../../../shared/meetings/quorum'
import { checkCandidateDecision, reconsiderationProblem } from '../../../shared/personnel/decision-rules'
import { lrmxDate, emptyLrmxPerson } from '../../../shared/personnel/lrmx-types'
import { profileDifferences } from '../../../shared/personnel/profile-diff'
import { remindersOf } from '../../../shared/personnel/reminders'
import {
  actionRules, appointmentProblem, earliestNoticeEnd, matterProblem, noticeProblem, oneYearEnd, probationEndDate, probationProblem, recommendationProblem,
  stageOrderProblem, type MatterRuleInput,
} from '../../../shared/personnel/stage-rules'
import { actionTypes, bookLabel, entryLabel, hiddenPersonnelText, stageKeys, type ActionType, type StageDates } from '../../../shared/personnel/vocabulary'

const noStages = (): StageDates => Object.fromEntries(stageKeys.map((key) => [key, null])) as StageDates

function matter(stages: Partial<StageDates>, extra: Partial<MatterRuleInput> = {}): MatterRuleInput {
  return { actionType: 'appoint', probation: false, decisionResult: 'passed', appointmentDocNo: null, stages: { ...noStages(), ...stages }, ...extra }
}

describe('任前公示: at least 5 working days', () => {
  it('runs across the 2026 National Day holiday (1–7 October) to the Friday after', () => {
    // Mon 28, Tue 29, Wed 30 September, then the holiday, then Thu 8 and Fri 9 October.
    expect(earliestNoticeEnd('2026-09-28', emptyCalendar)).toBe('2026-10-09')
    expect(noticeProblem(matter({ decidedOn: '2026-09-25', noticeStart: '2026-09-28', noticeEnd: '2026-10-08' }), emptyCalendar)).toBe(
      '任前公示期不少于 5 个工作日：2026年9月28日至2026年10月8日只有 4 个工作日，最早可于2026年10月9日结束',
    )
    expect(noticeProblem(matter({ decidedOn: '2026-09-25', noticeStart: '2026-09-28', noticeEnd: '2026-10-09' }), emptyCalendar)).toBeNull()
  })

  it('counts the start day when it is worked, and a plain week is Monday to Friday', () => {
    expect(earliestNoticeEnd('2026-11-23', emptyCalendar)).toBe('2026-11-27')
    // Starting on a Saturday: the weekend does not count.
    expect(earliestNoticeEnd('2026-11-21', emptyCalendar)).toBe('2026-11-27')
  })

  it('follows the office’s own calendar (a local holiday, a worked Saturday)', () => {
    const calendar: WorkingCalendar = { extraHolidays: ['2026-11-25'], extraWorkdays: [], arrangedYears: [] }
    expect(earliestNoticeEnd('2026-11-23', calendar)).toBe('2026-11-30')
    expect(earliestNoticeEnd('2026-11-23', { extraHolidays: [], extraWorkdays: ['2026-11-21'], arrangedYears: [] })).toBe('2026-11-27')
    expect(earliestNoticeEnd('2026-11-21', { extraHolidays: [], extraWorkdays: ['2026-11-21'], arrangedYears: [] })).toBe('2026-11-26')
  })

  it('is for some action types only: a table with a reason per row', () => {
    const withNotice = actionTypes.filter((type) => actionRules[type].publicNotice)
    expect(withNotice).toEqual(['appoint', 'transfer', 'convert', 'nominate', 'recommend'])
    expect(noticeProblem(matter({ decidedOn: '2026-09-25', noticeStart: '2026-09-28' }, { actionType: 'retire' }), emptyCalendar)).toBe('退休不进行任前公示，请勿填写公示日期')
    expect(noticeProblem(matter({ decidedOn: '2026-09-25' }, { actionType: 'remove' }), emptyCalendar)).toBeNull()
  })

  it('comes after a decision that passed, and needs its start before its end', () => {
    expect(noticeProblem(matter({ noticeStart: '2026-09-28' }, { decisionResult: null }), emptyCalendar)).toBe('任前公示须在常委会讨论决定通过之后进行')
    expect(noticeProblem(matter({ decidedOn: '2026-09-25', noticeStart: '2026-09-28' }, { decisionResult: 'deferred' }), emptyCalendar)).toBe('任前公示须在常委会讨论决定通过之后进行')
    expect(noticeProblem(matter({ decidedOn: '2026-09-25', noticeEnd: '2026-10-09' }), emptyCalendar)).toBe('请先填写任前公示开始日期')
  })
})

describe('任职通知', () => {
  it('only after the notice ended, with number and date', () => {
    const base = { decidedOn: '2026-09-25', noticeStart: '2026-09-28', noticeEnd: '2026-10-09' }
    expect(appointmentProblem(matter({ ...base, appointedOn: '2026-10-09' }, { appointmentDocNo: '区委干〔2026〕12号' }))).toBe('任职通知须在任前公示期满（2026年10月9日）之后下发')
    expect(appointmentProblem(matter({ ...base, appointedOn: '2026-10-10' }, { appointmentDocNo: '区委干〔2026〕12号' }))).toBeNull()
    expect(appointmentProblem(matter({ ...base, appointedOn: '2026-10-10' }))).toBe('任职通知须同时填写文号和日期')
    expect(appointmentProblem(matter({ decidedOn: '2026-09-25', appointedOn: '2026-10-10' }, { appointmentDocNo: '区委干〔2026〕12号' }))).toBe('任职/提拔须先进行任前公示，公示期满后才能下发任职通知')
    expect(appointmentProblem(matter({ appointedOn: '2026-10-10' }, { appointmentDocNo: '区委干〔2026〕12号', decisionResult: 'rejected' }))).toBe('尚未经常委会讨论决定通过，不能下发任职通知')
    expect(appointmentProblem(matter({ decidedOn: '2026-09-25', appointedOn: '2026-09-26' }, { actionType: 'retire', appointmentDocNo: '区委干〔2026〕13号' }))).toBeNull()
    expect(appointmentProblem(matter({ talkOn: '2026-10-12' }))).toBe('请先填写任职通知，再填写任职谈话日期')
  })
})

describe('试用期: one year for promotions that carry it', () => {
  it('ends the day before the same date a year later, leap days included', () => {
    expect(probationEndDate('2026-10-10')).toBe('2027-10-09')
    expect(probationEndDate('2026-01-01')).toBe('2026-12-31')
    expect(probationEndDate('2028-02-29')).toBe('2029-02-28')
    expect(probationEndDate('2027-03-01')).toBe('2028-02-29')
    expect(oneYearEnd).toBe(probationEndDate)
  })

  it('only for 任职/提拔, computed from the appointment notice, confirmed after it ends', () => {
    expect(probationProblem(matter({}, { actionType: 'transfer', probation: true }))).toBe('调任/交流不实行试用期')
    expect(probationProblem(matter({ probationEnd: '2027-10-09' }))).toBe('该事项未实行试用期，不能填写试用期满或转正日期')
    expect(probationProblem(matter({ appointedOn: '2026-10-10', probationEnd: '2027-10-10' }, { probation: true }))).toBe('试用期为一年，应于2027年10月9日期满')
    expect(probationProblem(matter({ appointedOn: '2026-10-10', probationEnd: '2027-10-09', confirmedOn: '2027-10-01' }, { probation: true }))).toBe('试用期至2027年10月9日期满，期满后才能转正')
    expect(probationProblem(matter({ appointedOn: '2026-10-10', probationEnd: '2027-10-09', confirmedOn: '2027-10-09' }, { probation: true }))).toBeNull()
    expect(probationProblem(matter({ confirmedOn: '2027-10-09' }, { probation: true }))).toBe('尚未开始试用期，不能转正')
  })
})

describe('stage order and the one-year validity of 民主推荐', () => {
  it('refuses a stage dated before an earlier stage', () => {
    expect(stageOrderProblem({ ...noStages(), proposedOn: '2026-05-01', recommendedOn: '2026-06-01', inspectedOn: '2026-05-20' })).toBe('考察日期（2026年5月20日）不能早于民主推荐日期（2026年6月1日）')
    expect(stageOrderProblem({ ...noStages(), proposedOn: '2026-05-01', consultedOn: '2026-05-01', decidedOn: '2026-05-08' })).toBeNull()
    expect(stageOrderProblem({ ...noStages(), decidedOn: '2026-05-08', consultedOn: '2026-05-09' })).toBe('讨论决定（常委会）日期（2026年5月8日）不能早于酝酿（书记专题会议）日期（2026年5月9日）')
  })

  it('refuses a decision more than a year after the recommendation', () => {
    expect(recommendationProblem({ ...noStages(), recommendedOn: '2025-09-25', decidedOn: '2026-09-24' })).toBeNull()
    expect(recommendationProblem({ ...noStages(), recommendedOn: '2025-09-25', decidedOn: '2026-09-25' })).toBe(
      '民主推荐结果有效期为一年（2025年9月25日推荐，有效至2026年9月24日），讨论决定时已过期，须重新进行民主推荐',
    )
  })

  it('matterProblem reports the first broken rule and null for a clean matter', () => {
    const clean = matter(
      { proposedOn: '2026-06-01', recommendedOn: '2026-07-01', inspectedOn: '2026-08-01', consultedOn: '2026-09-10', decidedOn: '2026-09-25', noticeStart: '2026-09-28', noticeEnd: '2026-10-09', appointedOn: '2026-10-12', talkOn: '2026-10-13', probationEnd: '2027-10-11' },
      { probation: true, appointmentDocNo: '区委干〔2026〕12号' },
    )
    expect(matterProblem(clean, emptyCalendar)).toBeNull()
    expect(matterProblem({ ...clean, stages: { ...clean.stages, noticeEnd: '2026-10-08', appointedOn: '2026-10-08' } }, emptyCalendar)).toMatch(/^任前公示期不少于 5 个工作日/u)
  })
})

describe('one candidate at a time: quorum after recusals and the 应到 majority', () => {
  const members = Array.from({ length: 11 }, (_, i) => `m${i + 1}`)
  const nameOf = (id: string) => `成员${id.slice(1)}`
  const agreeAll = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'agree' as const]))

  it('a recusal can break the two-thirds quorum for one candidate and not for another', () => {
    const present = members.slice(0, 8) // 8 of 11 present: exactly two thirds
    expect(itemQuorum({ memberIds: members, presentIds: present, absentForItemIds: [], recusedIds: [] }, true).met).toBe(true)
    const recused = checkCandidateDecision(
      { memberIds: members, presentIds: present, absentForItemIds: [], recusedIds: ['m3'], quorumRequired: true, voteMethod: 'hands', views: agreeAll(present.filter((id) => id !== 'm3')), counts: null, deferred: false },
      nameOf,
    )
    expect(recused).toEqual({ ok: false, code: 'QUORUM_NOT_MET', problem: '该人选（回避后）讨论决定干部任免事项须三分之二以上成员到会：应到 11 人，实到 7 人，至少需 8 人，还差 1 人，不能作出决定' })
    const other = checkCandidateDecision({ memberIds: members, presentIds: present, absentForItemIds: [], recusedIds: [], quorumRequired: true, voteMethod: 'hands', views: agreeAll(present), counts: null, deferred: false }, nameOf)
    expect(other).toMatchObject({ ok: true, result: 'passed', required: 6, counts: { for: 8, against: 0, abstain: 0 } })
  })

  it('passes only with more than half of 应到, not of those present', () => {
    const present = members.slice(0, 9)
    const views = { ...agreeAll(present.slice(0, 5)), m6: 'disagree' as const, m7: 'disagree' as const, m8: 'defer' as const, m9: 'disagree' as const }
    const check = checkCandidateDecision({ memberIds: members, presentIds: present, absentForItemIds: [], recusedIds: [], quorumRequired: true, voteMethod: 'named', views, counts: null, deferred: false }, nameOf)
    expect(check).toMatchObject({ ok: true, result: 'rejected', required: 6, counts: { for: 5, against: 3, abstain: 1 } })
  })

  it('needs a view from every participant, and none from a recused or absent member', () => {
    const present = members.slice(0, 10)
    const base = { memberIds: members, presentIds: present, absentForItemIds: ['m2'], recusedIds: ['m3'], quorumRequired: true, voteMethod: 'voice' as const, counts: null, deferred: false }
    expect(checkCandidateDecision({ ...base, views: agreeAll(present) }, nameOf)).toEqual({ ok: false, code: 'VOTE_INVALID', problem: '成员2未出席、不在场或已回避，不能对该人选发表意见' })
    expect(checkCandidateDecision({ ...base, views: agreeAll(['m1', 'm4']) }, nameOf)).toMatchObject({ ok: false, code: 'VOTE_INVALID', problem: '请登记成员5、成员6、成员7、成员8、成员9、成员10对该人选的意见（同意、不同意或缓议）' })
    expect(checkCandidateDecision({ ...base, recusedIds: ['x'], views: {} }, nameOf)).toMatchObject({ ok: false, problem: '成员不是本次会议的应到成员，不能登记回避' })
  })

  it('a secret ballot has counts only, within the participants; a deferral is recorded as such', () => {
    const present = members.slice(0, 10)
    const base = { memberIds: members, presentIds: present, absentForItemIds: [], recusedIds: [], quorumRequired: true, voteMethod: 'secret' as const, views: {}, deferred: false }
    expect(checkCandidateDecision({ ...base, counts: null }, nameOf)).toMatchObject({ ok: false, problem: '无记名投票须登记同意、不同意和弃权的票数' })
    expect(checkCandidateDecision({ ...base, counts: { for: 8, against: 2, abstain: 1 } }, nameOf)).toMatchObject({ ok: false, code: 'VOTE_INVALID' })
    expect(checkCandidateDecision({ ...base, views: { m1: 'agree' }, counts: { for: 1, against: 0, abstain: 0 } }, nameOf)).toMatchObject({ ok: false, problem: '无记名投票不记录每名成员的意见，只登记票数' })
    expect(checkCandidateDecision({ ...base, counts: { for: 6, against: 4, abstain: 0 } }, nameOf)).toMatchObject({ ok: true, result: 'passed' })
    expect(checkCandidateDecision({ ...base, counts: { for: 6, against: 4, abstain: 0 }, deferred: true }, nameOf)).toMatchObject({ ok: true, result: 'deferred' })
  })

  it('a body without quorum rules (书记专题会议) records without the two-thirds check', () => {
    const check = checkCandidateDecision({ memberIds: members, presentIds: ['m1', 'm2'], absentForItemIds: [], recusedIds: [], quorumRequired: false, voteMethod: 'voice', views: agreeAll(['m1', 'm2']), counts: null, deferred: false }, nameOf)
    expect(check).toMatchObject({ ok: true, result: 'rejected', quorum: { met: false } })
  })
})

describe('复议', () => {
  it('needs more than half of the members agreeing, before the appointment notice', () => {
    expect(reconsiderationProblem(11, 6, false)).toBeNull()
    expect(reconsiderationProblem(11, 5, false)).toBe('复议须经超过半数的成员同意：应到 11 人，至少需 6 人同意，实际 5 人')
    expect(reconsiderationProblem(10, 5, false)).toBe('复议须经超过半数的成员同意：应到 10 人，至少需 6 人同意，实际 5 人')
    expect(reconsiderationProblem(11, null, false)).toBe('该人选已作出决定，复议须经超过半数的成员同意（应到 11 人，至少 6 人），请登记同意复议的人数')
    expect(reconsiderationProblem(11, 12, false)).toBe('同意复议的人数应在 0 至 11 之间')
    expect(reconsiderationProblem(11, 11, true)).toBe('该人选的任职通知已经下发，不能复议')
  })

  // 超过半数 excludes half itself: with 10 members 5 is not enough (半数以上 would accept it).
  it.each([
    [10, 5, false], [10, 6, true], [11, 5, false], [11, 6, true],
  ])('%i members, %i agreeing: accepted = %s, and the message states 超过半数', (members, agreeing, accepted) => {
    const problem = reconsiderationProblem(members, agreeing, false)
    if (accepted) expect(problem).toBeNull()
    else {
      expect(problem).toContain('超过半数')
      expect(problem).not.toContain('半数以上')
      expect(problem).toContain(`至少需 6 人同意，实际 ${agreeing} 人`)
    }
    expect(reconsiderationProblem(members, null, false)).toContain('超过半数')
  })
})

describe('reminders', () => {
  const row = (id: string, stages: Partial<StageDates>, extra: { probation?: boolean; passed?: boolean; actionType?: ActionType; earliestNoticeEnd?: string } = {}) => ({
    id,
    actionType: extra.actionType ?? ('appoint' as ActionType),
    probation: extra.probation ?? false,
    earliestNoticeEnd: extra.earliestNoticeEnd ?? null,
    decision: extra.passed === false ? null : { result: 'passed' as const },
    stages: { ...noStages(), ...stages },
  })
  it('lists probation ending within 30 days, running and ended notices, decisions without a notice', () => {
    const today = '2026-11-23'
    const list = [
      row('probation-soon', { appointedOn: '2025-12-20', probationEnd: '2026-12-19' }, { probation: true }),
      row('probation-later', { appointedOn: '2026-01-30', probationEnd: '2027-01-29' }, { probation: true }),
      row('probation-done', { appointedOn: '2025-12-01', probationEnd: '2026-11-30', confirmedOn: '2026-11-30' }, { probation: true }),
      row('running', { noticeStart: '2026-11-20', noticeEnd: '2026-11-26' }),
      row('ended', { noticeStart: '2026-11-10', noticeEnd: '2026-11-16' }),
      row('not-decided', {}, { passed: false }),
    ]
    const r = remindersOf(list, today)
    expect(r.probationEnding.map((m) => m.id)).toEqual(['probation-soon'])
    expect(r.noticesRunning.map((m) => m.id)).toEqual(['running'])
    expect(r.noticesEndedWithoutAppointment.map((m) => m.id)).toEqual(['ended'])
    // Each person once: a matter in a notice list is not listed again as decided without a notice.
    expect(r.decidedWithoutNotice.map((m) => m.id)).toEqual([])
  })

  it('reads a notice whose end is not entered yet by its earliest end (5 working days)', () => {
    const today = '2026-11-23'
    const list = [
      row('open-running', { noticeStart: '2026-11-20' }, { earliestNoticeEnd: '2026-11-26' }),
      row('open-overdue', { noticeStart: '2026-08-28' }, { earliestNoticeEnd: '2026-09-03' }),
    ]
    const r = remindersOf(list, today)
    expect(r.noticesRunning.map((m) => m.id)).toEqual(['open-running'])
    expect(r.noticesEndedWithoutAppointment.map((m) => m.id)).toEqual(['open-overdue'])
  })

  it('expects no appointment notice of the committee for 提名 and 推荐', () => {
    const today = '2026-11-23'
    const list = [
      row('recommended', { noticeStart: '2026-08-28', noticeEnd: '2026-09-03' }, { actionType: 'recommend' }),
      row('nominated', {}, { actionType: 'nominate' }),
      row('appointed-type', {}, { actionType: 'transfer' }),
    ]
    const r = remindersOf(list, today)
    expect(r.noticesEndedWithoutAppointment).toEqual([])
    expect(r.decidedWithoutNotice.map((m) => m.id)).toEqual(['appointed-type'])
  })
})

describe('labels and profile differences', () => {
  it('numbers books per year and entries within them', () => {
    expect(bookLabel(2026, 1)).toBe('2026年第1册')
    expect(entryLabel(2026, 1, 3)).toBe('2026年第1册第3号')
    expect(hiddenPersonnelText(entryLabel(2026, 2, 14))).toBe('干部任免事项（详见专用记录本2026年第2册第14号）')
  })

  it('lists the fields that differ, in words', () => {
    const before = { ...emptyLrmxPerson(), name: '张建国', currentPost: '白云乡党委书记', birth: lrmxDate(1982, 3) }
    const after = { ...before, currentPost: '区发改委主任', birth: lrmxDate(1982, 4), photo: { type: 'png' as const, data: new Uint8Array([1, 2, 3]) } }
    expect(profileDifferences(before, after)).toEqual([
      { field: 'birth', label: '出生年月', before: '1982.03', after: '1982.04' },
      { field: 'currentPost', label: '现任职务', before: '白云乡党委书记', after: '区发改委主任' },
      { field: 'photo', label: '照片', before: '无', after: expect.stringMatching(/^PNG，3 字节，校验 [0-9a-f]{8}$/u) as string },
    ])
    expect(profileDifferences(before, { ...before })).toEqual([])
  })
})
