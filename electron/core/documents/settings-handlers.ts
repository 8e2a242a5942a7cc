import { AppError } from '../../../shared/errors'
import type { DocumentSettings } from '../../../shared/documents/settings'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { bodies } from '../db/schema/main'
import type { HandlerGroup } from '../handler-types'
import type { Session } from '../session'
import { readDocumentSettings, writeDocumentSettings } from './settings-store'

// 设置 → 公文: read by every session, changed by administrators in one audited transaction.
// The schema checks each field; here the rules that need the store or span fields.

function settingsProblem(session: Session, value: DocumentSettings): string | null {
  const bodyNames = new Map(session.db.select({ id: bodies.id, name: bodies.name }).from(bodies).all().map((b) => [b.id, b.name]))
  const unknown = Object.keys(value.minutesMarks).find((id) => !bodyNames.has(id))
  if (unknown) return '纪要标志对应的会议机构不存在（可能已被删除），请刷新后重试'
  const names = value.distributionLists.map((list) => list.name)
  const repeated = names.find((name, index) => names.indexOf(name) !== index)
  if (repeated) return `分送范围“${repeated}”重名，请改用不同的名称`
  if (value.defaultClassification.level === 'none' && value.defaultClassification.years !== null) return '不标密级时不填写保密期限'
  return null
}

export function updateDocumentSettings(session: Session, core: CoreContext, value: DocumentSettings): DocumentSettings {
  const problem = settingsProblem(session, value)
  if (problem !== null) throw new AppError('INVALID_INPUT', `${problem}，公文设置未保存。`)
  const now = core.now()
  session.db.transaction((tx) => {
    writeDocumentSettings(tx, value, session.actor, now)
    const summary = `修改公文设置（机关简称 ${value.issuerShortName}，发文字号前缀 ${value.appointmentNumberPrefix}，分送范围 ${value.distributionLists.length} 个）`
    appendAudit(tx, session.actor, { action: 'documents.updateSettings', entity: 'settings', entityId: 'documents', summary }, now)
  })
  return readDocumentSettings(session.db)
}

export const documentSettingsHandlers = {
  'documents.settings': (_input, session) => readDocumentSettings(session.db),
  'documents.updateSettings': (input, session, core) => updateDocumentSettings(session, core, input),
} satisfies HandlerGroup<'documents.settings' | 'documents.updateSettings'>
