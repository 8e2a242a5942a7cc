import type { HandlerGroup } from '../handler-types'
import { exportAttachment, exportTaskList } from './exports'
import { adjustTask, completeTask, reportProgress, reviewTask } from './follow-up-service'
import { leaderOptions } from './leaders'
import { exportFollowUpReport, followUpReportModel } from './report-document'
import { loadTaskDetail } from './task-detail'
import { listTasks, statusDay } from './task-rows'

export const followUpHandlers = {
  'followUp.list': (input, session, core) => listTasks(session.db, statusDay(session.db, core), input),
  'followUp.get': (input, session, core) => loadTaskDetail(session.db, statusDay(session.db, core), input.id),
  'followUp.leaders': (_input, session, core) => leaderOptions(session.db, statusDay(session.db, core).today),
  'followUp.adjust': (input, session, core) => adjustTask(session, core, input),
  'followUp.report': (input, session, core) => reportProgress(session, core, input),
  'followUp.complete': (input, session, core) => completeTask(session, core, input),
  'followUp.review': (input, session, core) => reviewTask(session, core, input),
  'followUp.exportAttachment': (input, session, core) => exportAttachment(session, core, input),
  'followUp.exportList': (input, session, core) => exportTaskList(session, core, input),
  'followUp.reportDocument': (input, session, core) => followUpReportModel(session, core, input),
  'followUp.exportReport': (input, session, core) => {
    const { output, ...filter } = input
    return exportFollowUpReport(session, core, filter, output)
  },
} satisfies HandlerGroup<
  'followUp.list' | 'followUp.get' | 'followUp.leaders' | 'followUp.adjust' | 'followUp.report' | 'followUp.complete' | 'followUp.review' | 'followUp.exportAttachment' | 'followUp.exportList' | 'followUp.reportDocument' | 'followUp.exportReport'
>
