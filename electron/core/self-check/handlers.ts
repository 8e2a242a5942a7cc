import type { HandlerGroup } from '../handler-types'
import { exportSelfCheckFindings, exportSelfCheckReport, selfCheckNarrative, selfCheckReportModel } from './report'
import { runSelfCheck } from './self-check-service'

export const selfCheckHandlers = {
  'selfCheck.run': (input, session, core) => runSelfCheck(session, input, core.now()),
  'selfCheck.defaultNarrative': (input, session, core) => selfCheckNarrative(session, core, input),
  'selfCheck.reportDocument': (input, session, core) => selfCheckReportModel(session, core, input),
  'selfCheck.exportReport': (input, session, core) => exportSelfCheckReport(session, core, input),
  'selfCheck.exportFindings': (input, session, core) => exportSelfCheckFindings(session, core, input),
} satisfies HandlerGroup<'selfCheck.run' | 'selfCheck.defaultNarrative' | 'selfCheck.reportDocument' | 'selfCheck.exportReport' | 'selfCheck.exportFindings'>
