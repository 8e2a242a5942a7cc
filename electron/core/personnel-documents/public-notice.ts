import type { z } from 'zod'
import { localDay } from '../../../shared/calendar/local-day'
import { noticePersonOf } from '../../../shared/documents/personnel/notice-person'
import { buildPublicNotice, defaultNoticePeriod, defaultNoticeStart, noticePeriodProblem, publicNoticeFileName } from '../../../shared/documents/personnel/public-notice'
import type { DocumentModel } from '../../../shared/documents/model'
import { AppError } from '../../../shared/errors'
import type { NoticeDraft, publicNoticeInput } from '../../../shared/ipc/channels/personnel-documents'
import { actionRules, earliestNoticeEnd, noticeUncoveredYears } from '../../../shared/personnel/stage-rules'
import { actionTypeLabels, type ActionType } from '../../../shared/personnel/vocabulary'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import { readDocumentSettings } from '../documents/settings-store'
import { openBook } from '../personnel/book-access'
import type { Session } from '../session'
import { requirePassed, selectedMatters, type SelectedMatter } from './selected-matters'

// 任前公示 for decided matters whose action has one; the period is the one recorded in the
// register when there is one, else it starts the next working day and runs 5 working days.

export type PublicNoticeInput = z.output<typeof publicNoticeInput>

function checkSelection(selection: readonly SelectedMatter[]): void {
  requirePassed(selection, '任前公示')
  for (const { row, form } of selection) {
    const actionType = row.actionType as ActionType
    if (!actionRules[actionType].publicNotice) throw new AppError('RULE_VIOLATION', `${form.name}的任免事项为“${actionTypeLabels[actionType]}”，不进行任前公示。`)
    if (row.proposedPost.trim() === '') throw new AppError('RULE_VIOLATION', `${form.name}的任免事项没有填写拟任职务，请先在任免事项中填写。`)
  }
}

/** The period recorded on every selected matter, or null when none; refuses differing ones. */
function recordedPeriod(selection: readonly SelectedMatter[]): { start: string; end: string | null } | null {
  const starts = new Set(selection.map((s) => s.row.noticeStart))
  const ends = new Set(selection.map((s) => s.row.noticeEnd))
  if (starts.size === 1 && starts.has(null)) return null
  const [start] = starts
  const [end] = ends
  if (starts.size > 1 || ends.size > 1 || start === null || start === undefined) {
    throw new AppError('RULE_VIOLATION', '所选人选在台账中登记的公示期不同（或有的尚未登记），请按公示期分别生成任前公示。')
  }
  return { start, end: end ?? null }
}

export function noticeDraft(session: Session, core: CoreContext, input: { matterIds: string[]; start?: string }): NoticeDraft {
  const selection = selectedMatters(openBook(session, core), input.matterIds)
  checkSelection(selection)
  const calendar = readWorkingCalendar(session.db)
  const recorded = input.start === undefined ? recordedPeriod(selection) : null
  const start = recorded?.start ?? input.start ?? defaultNoticeStart(localDay(core.now()), calendar)
  const earliestEnd = earliestNoticeEnd(start, calendar)
  return { start, end: recorded?.end ?? defaultNoticePeriod(start, calendar).end, earliestEnd, recorded: recorded !== null, uncoveredYears: noticeUncoveredYears(start, calendar) }
}

export function noticeModel(session: Session, core: CoreContext, input: PublicNoticeInput): { model: DocumentModel; fileName: string } {
  const selection = selectedMatters(openBook(session, core), input.matterIds)
  checkSelection(selection)
  const calendar = readWorkingCalendar(session.db)
  const period = { start: input.start, end: input.end }
  const problem = noticePeriodProblem(period, calendar)
  if (problem !== null) throw new AppError('RULE_VIOLATION', `${problem}。`)
  const decidedLast = selection.map((s) => s.row.decidedOn ?? '').sort().at(-1) ?? ''
  if (period.start < decidedLast) throw new AppError('RULE_VIOLATION', '任前公示须在常委会讨论决定通过之后进行：公示开始日期早于讨论决定日期。')
  const people = selection.map(({ row, form, currentPost }) => noticePersonOf(form, row.proposedPost, currentPost))
  const model = buildPublicNotice({ people, period }, readDocumentSettings(session.db), calendar)
  return { model, fileName: publicNoticeFileName(period) }
}
