import type { z } from 'zod'
import { localDay } from '../../../shared/calendar/local-day'
import {
  appointmentFileName, appointmentSentences, buildAppointmentNotice, defaultAddressee, docNumberHint, normaliseDocNumber, type AppointmentItem,
} from '../../../shared/documents/personnel/appointment-notice'
import type { DocumentModel } from '../../../shared/documents/model'
import { AppError } from '../../../shared/errors'
import type { AppointmentDraft, appointmentNoticeInput } from '../../../shared/ipc/channels/personnel-documents'
import { actionRules, appointmentProblem } from '../../../shared/personnel/stage-rules'
import { actionTypeLabels, type ActionType, type DecisionResult } from '../../../shared/personnel/vocabulary'
import type { CoreContext } from '../context'
import { readDocumentSettings } from '../documents/settings-store'
import { openBook } from '../personnel/book-access'
import { stagesOf } from '../personnel/matter-view'
import type { Session } from '../session'
import { requirePassed, selectedMatters, type SelectedMatter } from './selected-matters'

// 干部任免通知 from decided matters: only actions the committee itself notifies, only after
// the 任前公示 has ended (the same rule the register enforces when the notice is recorded).

export type AppointmentNoticeInput = z.output<typeof appointmentNoticeInput>

function checkSelection(selection: readonly SelectedMatter[], date: string, docNumber: string | null): void {
  requirePassed(selection, '任免通知')
  for (const { row, form } of selection) {
    const actionType = row.actionType as ActionType
    if (!actionRules[actionType].appointmentNotice) {
      throw new AppError('RULE_VIOLATION', `${form.name}的任免事项为“${actionTypeLabels[actionType]}”，由人大或政府依法任免，不下发任免通知。`)
    }
    const problem = appointmentProblem({
      actionType,
      probation: row.probation,
      decisionResult: row.decisionResult as DecisionResult,
      appointmentDocNo: docNumber ?? row.appointmentDocNo ?? '—',
      stages: { ...stagesOf(row), appointedOn: date, talkOn: null, probationEnd: null, confirmedOn: null },
    })
    if (problem !== null) throw new AppError('RULE_VIOLATION', `${form.name}：${problem}。`)
  }
}

function itemsOf(selection: readonly SelectedMatter[]): AppointmentItem[] {
  return selection.map(({ row, form, currentPost }) => {
    const item = { name: form.name, actionType: row.actionType as ActionType, currentPost, proposedPost: row.proposedPost, postToRemove: row.postToRemove, probation: row.probation }
    if (appointmentSentences([item]).length === 0) throw new AppError('RULE_VIOLATION', `${form.name}的任免事项没有填写拟任职务或拟免职务，任免通知无从写起，请先在任免事项中填写。`)
    return item
  })
}

export function appointmentDraft(session: Session, core: CoreContext, matterIds: string[]): AppointmentDraft {
  const selection = selectedMatters(openBook(session, core), matterIds)
  requirePassed(selection, '任免通知')
  const settings = readDocumentSettings(session.db)
  const numbers = new Set(selection.map((s) => s.row.appointmentDocNo))
  const dates = new Set(selection.map((s) => s.row.appointedOn))
  const [number] = numbers
  const [date] = dates
  const recorded = numbers.size === 1 && dates.size === 1 && typeof number === 'string' && typeof date === 'string'
  const today = localDay(core.now())
  return {
    docNumber: recorded ? number : `${settings.appointmentNumberPrefix}〔${today.slice(0, 4)}〕`,
    addressee: defaultAddressee(settings.issuerShortName),
    date: recorded ? date : today,
    recorded,
  }
}

/** The notice as previewed; with `strict` (export) the number must be a complete 发文字号. */
export function appointmentModel(session: Session, core: CoreContext, input: AppointmentNoticeInput, strict: boolean): { model: DocumentModel; fileName: string; docNumber: string } {
  const docNumber = normaliseDocNumber(input.docNumber)
  if (strict && docNumber === null) throw new AppError('INVALID_INPUT', `${docNumberHint}，当前为“${input.docNumber}”。`)
  const selection = selectedMatters(openBook(session, core), input.matterIds)
  checkSelection(selection, input.date, docNumber)
  const items = itemsOf(selection)
  const model = buildAppointmentNotice({ items, docNumber: docNumber ?? input.docNumber, addressee: input.addressee, date: input.date }, readDocumentSettings(session.db))
  return { model, fileName: appointmentFileName({ items }), docNumber: docNumber ?? input.docNumber }
}
