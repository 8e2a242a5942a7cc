import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyCalendar } from '../../../shared/calendar/working-days'
import { countTasks, matchesTaskFilter } from '../../../shared/follow-up/task-filter'
import { daysOverdue, effectiveDeadline, isDueSoon, isOverdue, taskStates, taskStatus, type TaskState } from '../../../shared/follow-up/task-status'
import { adjustmentProblem, afterCompletion, afterReport, afterReview, allowedActions, reviewResults } from '../../../shared/follow-up/transitions'
import type { FollowUpRow } from '../../../shared/follow-up/views'

// 督办 rules at their boundaries: overdue from the day after the (working) deadline, due soon
// through 7 days, and every state change allowed or refused with its reason.

const open = (deadline: string | null, state: TaskState = 'in_progress') => ({ state, deadline })
const today = '2026-11-23' // a Monday

describe('overdue (逾期) is computed from the deadline', () => {
  it('due today is not overdue; due yesterday is', () => {
    expect(isOverdue(open('2026-11-23'), today, emptyCalendar)).toBe(false)
    expect(taskStatus(open('2026-11-23'), today, emptyCalendar)).toBe('in_progress')
    expect(isOverdue(open('2026-11-20'), '2026-11-21', emptyCalendar)).toBe(true)
    expect(taskStatus(open('2026-11-22', 'not_started'), '2026-11-24', emptyCalendar)).toBe('overdue')
  })

  it('a deadline on a Saturday moves to Monday: not overdue on Sunday or Monday, overdue on Tuesday', () => {
    expect(effectiveDeadline('2026-11-21', emptyCalendar)).toBe('2026-11-23')
    expect(isOverdue(open('2026-11-21'), '2026-11-22', emptyCalendar)).toBe(false)
    expect(isOverdue(open('2026-11-21'), '2026-11-23', emptyCalendar)).toBe(false)
    expect(isOverdue(open('2026-11-21'), '2026-11-24', emptyCalendar)).toBe(true)
  })

  it('a deadline in the 2026 National Day holiday moves to 8 October', () => {
    expect(effectiveDeadline('2026-10-01', emptyCalendar)).toBe('2026-10-08')
    expect(effectiveDeadline('2026-10-07', emptyCalendar)).toBe('2026-10-08')
    expect(isOverdue(open('2026-10-03'), '2026-10-08', emptyCalendar)).toBe(false)
    expect(isOverdue(open('2026-10-03'), '2026-10-09', emptyCalendar)).toBe(true)
    // 10 October 2026 is a Saturday worked in exchange (调休): a deadline that day stays.
    expect(effectiveDeadline('2026-10-10', emptyCalendar)).toBe('2026-10-10')
    expect(isOverdue(open('2026-10-10'), '2026-10-11', emptyCalendar)).toBe(true)
  })

  it("the office's own holiday moves a deadline too", () => {
    const calendar = { extraHolidays: ['2026-11-23'], extraWorkdays: [], arrangedYears: [] }
    expect(effectiveDeadline('2026-11-23', calendar)).toBe('2026-11-24')
    expect(isOverdue(open('2026-11-23'), '2026-11-24', calendar)).toBe(false)
  })

  it('completed, closed and undated tasks are never overdue', () => {
    for (const state of ['completed', 'closed'] as const) expect(taskStatus(open('2026-01-05', state), today, emptyCalendar)).toBe(state)
    expect(taskStatus(open(null), today, emptyCalendar)).toBe('in_progress')
  })

  it('counts days overdue from the day it was due', () => {
    expect(daysOverdue('2026-11-20', '2026-11-23')).toBe(3)
    expect(daysOverdue('2026-11-23', '2026-11-23')).toBe(0)
  })

  it('property: overdue exactly when today is after the effective deadline, which is a working day on or after the deadline', () => {
    const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, fc.constantFrom<TaskState>('not_started', 'in_progress'), (deadline, now, state) => {
        const due = effectiveDeadline(deadline, emptyCalendar)
        expect(due >= deadline).toBe(true)
        expect(isOverdue({ state, deadline }, now, emptyCalendar)).toBe(now > due)
      }),
    )
  })
})

describe('due soon (即将到期) is within 7 days', () => {
  it('due in 7 days is due soon, in 8 days is not; today is; overdue is not', () => {
    expect(isDueSoon(open('2026-11-30'), today, emptyCalendar)).toBe(true)
    expect(isDueSoon(open('2026-12-01'), today, emptyCalendar)).toBe(false)
    expect(isDueSoon(open('2026-11-23'), today, emptyCalendar)).toBe(true)
    expect(isDueSoon(open('2026-11-20'), today, emptyCalendar)).toBe(false)
    expect(isDueSoon(open('2026-11-25', 'completed'), today, emptyCalendar)).toBe(false)
  })
})

describe('state changes', () => {
  it('a progress report starts a task and keeps it going; refused once completed or closed', () => {
    expect(afterReport('not_started')).toEqual({ ok: true, state: 'in_progress' })
    expect(afterReport('in_progress')).toEqual({ ok: true, state: 'in_progress' })
    expect(afterReport('completed')).toEqual({ ok: false, reason: expect.stringContaining('正等待回头看') })
    expect(afterReport('closed')).toEqual({ ok: false, reason: expect.stringContaining('已销号') })
  })

  it('报办结 needs a final report and an open task', () => {
    expect(afterCompletion('in_progress', '已完成全部改造。')).toEqual({ ok: true, state: 'completed' })
    expect(afterCompletion('not_started', '一次办结。')).toEqual({ ok: true, state: 'completed' })
    expect(afterCompletion('in_progress', '  \n')).toEqual({ ok: false, reason: expect.stringContaining('办结报告') })
    expect(afterCompletion('completed', '再报一次')).toMatchObject({ ok: false })
    expect(afterCompletion('closed', '再报一次')).toMatchObject({ ok: false })
  })

  it('回头看 only of a completed task: confirm closes it, reopen needs a reason', () => {
    expect(afterReview('completed', 'confirmed', '')).toEqual({ ok: true, state: 'closed' })
    expect(afterReview('completed', 'reopened', '台账资料不全，需补充。')).toEqual({ ok: true, state: 'in_progress' })
    expect(afterReview('completed', 'reopened', ' ')).toEqual({ ok: false, reason: expect.stringContaining('写明原因') })
    expect(afterReview('in_progress', 'confirmed', '')).toEqual({ ok: false, reason: expect.stringContaining('请先由责任单位报办结') })
    expect(afterReview('not_started', 'confirmed', '')).toMatchObject({ ok: false })
    expect(afterReview('closed', 'reopened', '再看看')).toEqual({ ok: false, reason: expect.stringContaining('销号后不再回头看') })
  })

  it('adjustments only while open', () => {
    expect(adjustmentProblem('not_started')).toBeNull()
    expect(adjustmentProblem('in_progress')).toBeNull()
    expect(adjustmentProblem('completed')).toContain('等待回头看')
    expect(adjustmentProblem('closed')).toContain('已销号')
  })

  it('property: closed is final, and what the page offers is what the rules allow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...taskStates), fc.constantFrom(...reviewResults), fc.string(), (state, result, text) => {
        const offered = allowedActions(state)
        expect(afterReport(state).ok).toBe(offered.report)
        expect(afterCompletion(state, `${text}办结`).ok).toBe(offered.complete)
        expect(afterReview(state, result, `${text}原因`).ok).toBe(offered.review)
        expect(adjustmentProblem(state) === null).toBe(offered.adjust)
        if (state === 'closed') expect(Object.values(offered).every((allowed) => !allowed)).toBe(true)
      }),
    )
  })
})

describe('the list filter', () => {
  const row = (extra: Partial<FollowUpRow>): FollowUpRow =>
    ({ leadLeaderId: 'a', responsibleUnits: '区住建局、区财政局', meetingId: 'm1', category: 'major_project', status: 'in_progress', deadline: '2026-06-30', ...extra }) as FollowUpRow

  it('by leader, unit text, meeting, category and status (逾期 included)', () => {
    expect(matchesTaskFilter(row({}), {})).toBe(true)
    expect(matchesTaskFilter(row({}), { leaderId: 'a' })).toBe(true)
    expect(matchesTaskFilter(row({}), { leaderId: 'b' })).toBe(false)
    expect(matchesTaskFilter(row({}), { unit: '财政' })).toBe(true)
    expect(matchesTaskFilter(row({}), { unit: '教育' })).toBe(false)
    expect(matchesTaskFilter(row({ responsibleUnits: null }), { unit: '财政' })).toBe(false)
    expect(matchesTaskFilter(row({}), { meetingId: 'm2' })).toBe(false)
    expect(matchesTaskFilter(row({}), { category: 'large_fund' })).toBe(false)
    expect(matchesTaskFilter(row({ status: 'overdue' }), { status: 'overdue' })).toBe(true)
    expect(matchesTaskFilter(row({ status: 'overdue' }), { status: 'in_progress' })).toBe(false)
  })

  it('by due date range, both ends included; no deadline is outside any range', () => {
    expect(matchesTaskFilter(row({}), { dueFrom: '2026-06-30', dueTo: '2026-06-30' })).toBe(true)
    expect(matchesTaskFilter(row({}), { dueFrom: '2026-07-01' })).toBe(false)
    expect(matchesTaskFilter(row({}), { dueTo: '2026-06-29' })).toBe(false)
    expect(matchesTaskFilter(row({ deadline: null }), { dueTo: '2026-12-31' })).toBe(false)
  })

  it('counts each status', () => {
    const rows = (['not_started', 'in_progress', 'overdue', 'overdue', 'completed', 'closed'] as const).map((status) => ({ status }))
    expect(countTasks(rows)).toEqual({ total: 6, notStarted: 1, inProgress: 1, completed: 1, closed: 1, overdue: 2 })
  })
})
