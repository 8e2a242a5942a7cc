import { mergeUnique } from '../../../shared/ipc/define'
import { auditHandlers } from '../audit/handlers'
import { authHandlers } from '../auth/handlers'
import { keysHandlers } from '../keys/handlers'
import { backupHandlers } from '../backup/handlers'
import { personnelHandlers } from '../personnel/handlers'
import { calendarHandlers } from '../calendar/handlers'
import { settingsHandlers } from '../settings/handlers'
import { usersHandlers } from '../users/handlers'
import { vaultHandlers } from '../vault/handlers'
import { rosterHandlers } from '../roster/handlers'
import { meetingsHandlers } from '../meetings/handlers'
import { topicsHandlers } from '../topics/handlers'
import { liveHandlers } from '../live/handlers'
import { recordsHandlers } from '../records/handlers'
import { searchHandlers } from '../search/handlers'
import { followUpHandlers } from '../follow-up/handlers'
import { dashboardHandlers } from '../dashboard/handlers'
import { documentSettingsHandlers } from '../documents/settings-handlers'
import { personnelDocumentsHandlers } from '../personnel-documents/handlers'
import { minutesHandlers } from '../minutes/handlers'
import { documentsHandlers } from '../documents/handlers'
import { meetingPapersHandlers } from '../meeting-papers/handlers'
import { selfCheckHandlers } from '../self-check/handlers'
import type { HandlerTable } from '../handler-types'

/** Every channel's handler, one group per feature; the type check fails if one is missing. */
export const handlerTable: HandlerTable = mergeUnique(
  'IPC handler',
  vaultHandlers,
  keysHandlers,
  authHandlers,
  usersHandlers,
  settingsHandlers,
  auditHandlers,
  personnelHandlers,
  calendarHandlers,
  backupHandlers,
  rosterHandlers,
  meetingsHandlers,
  topicsHandlers,
  liveHandlers,
  recordsHandlers,
  searchHandlers,
  followUpHandlers,
  dashboardHandlers,
  documentSettingsHandlers,
  personnelDocumentsHandlers,
  minutesHandlers,
  documentsHandlers,
  meetingPapersHandlers,
  selfCheckHandlers,
)
