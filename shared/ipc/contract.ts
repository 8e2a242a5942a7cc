import type { z } from 'zod'
import type { Result } from '../errors'
import { mergeUnique, type Access, type ChannelSpec } from './define'
import { auditChannels } from './channels/audit'
import { authChannels } from './channels/auth'
import { keysChannels } from './channels/keys'
import { backupChannels } from './channels/backup'
import { personnelChannels } from './channels/personnel'
import { calendarChannels } from './channels/calendar'
import { settingsChannels } from './channels/settings'
import { usersChannels } from './channels/users'
import { vaultChannels } from './channels/vault'
import { meetingsChannels } from './channels/meetings'
import { topicsChannels } from './channels/topics'
import { liveChannels } from './channels/live'
import { recordsChannels } from './channels/records'
import { rosterChannels } from './channels/roster'
import { searchChannels } from './channels/search'
import { followUpChannels } from './channels/follow-up'
import { dashboardChannels } from './channels/dashboard'
import { documentSettingsChannels } from './channels/document-settings'
import { personnelDocumentsChannels } from './channels/personnel-documents'
import { minutesChannels } from './channels/minutes'
import { documentsChannels } from './channels/documents'
import { meetingPapersChannels } from './channels/meeting-papers'
import { selfCheckChannels } from './channels/self-check'

/** Every IPC channel of the app, declared once. Main, preload, renderer and tests derive from it. */
export const contract = mergeUnique(
  'IPC channel',
  vaultChannels,
  keysChannels,
  authChannels,
  usersChannels,
  settingsChannels,
  auditChannels,
  personnelChannels,
  calendarChannels,
  backupChannels,
  rosterChannels,
  meetingsChannels,
  topicsChannels,
  liveChannels,
  recordsChannels,
  searchChannels,
  followUpChannels,
  dashboardChannels,
  documentSettingsChannels,
  personnelDocumentsChannels,
  minutesChannels,
  documentsChannels,
  meetingPapersChannels,
  selfCheckChannels,
)

export type Contract = typeof contract
export type Channel = keyof Contract & string
export const channelNames = Object.keys(contract) as Channel[]

/** What the caller passes (before zod's defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What the handler receives (after validation). */
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer Output, Access> ? Output : never
export type ChannelAccess<C extends Channel> = Contract[C]['access']
export type ChannelResult<C extends Channel> = Result<ChannelOutput<C>>

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/** Events main pushes to the renderer (no input, one-way). */
/** `damaged`: a store failed as damaged during the session; it was closed without a backup or an audit entry. */
export type LockReason = 'manual' | 'idle' | 'screen-lock' | 'suspend' | 'quit' | 'restore' | 'damaged'
export interface AppEvents {
  'session.locked': { reason: LockReason }
  /** 备份到…: bytes of the stores copied so far (the copies are then checked and hashed). */
  'backup.progress': { copiedBytes: number; totalBytes: number }
  /** Importing approval forms: how many of the chosen files have been read. */
  'personnel.importProgress': { read: number; total: number }
  /** Reading materials' text for search, in the background: how many of them are done. */
  'materials.textProgress': { done: number; total: number }
  /** 完整校验: the stores' check, then the files' bytes authenticated so far. */
  'backup.checkProgress': { stage: 'stores' | 'files'; doneBytes: number; totalBytes: number }
}
export type AppEventName = keyof AppEvents
export const appEventNames: AppEventName[] = ['session.locked', 'backup.progress', 'personnel.importProgress', 'materials.textProgress', 'backup.checkProgress']

/** The narrow surface the preload exposes as `window.api`. */
export interface YishiApi {
  invoke<C extends Channel>(channel: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelResult<C>>
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void
}
