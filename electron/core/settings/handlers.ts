import { settingsLabels } from '../../../shared/settings/settings'
import { appendAudit } from '../audit/audit-log'
import type { HandlerGroup } from '../handler-types'
import { readSettings, writeSettings } from './settings-store'

export const settingsHandlers = {
  'settings.get': (_input, session) => readSettings(session.db),
  'settings.update': (input, session, core) => {
    const now = core.now()
    session.db.transaction((tx) => {
      const before = readSettings(tx)
      writeSettings(tx, input, session.actor, now)
      const changed = (Object.keys(input) as (keyof typeof input)[]).filter((key) => before[key] !== input[key])
      appendAudit(tx, session.actor, { action: 'settings.update', entity: 'settings', summary: `修改设置：${changed.map((key) => settingsLabels[key]).join('、') || '无变化'}` }, now)
    })
    return readSettings(session.db)
  },
} satisfies HandlerGroup<'settings.get' | 'settings.update'>
