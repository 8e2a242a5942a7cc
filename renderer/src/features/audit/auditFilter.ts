import type { AuditFilter } from '../../../../shared/ipc/channels/audit'

/** What the filter bar holds: dates as the date inputs give them (local yyyy-MM-dd). */
export interface AuditFilterForm {
  userId: string
  action: string
  fromDate: string
  toDate: string
}

export const emptyAuditFilter: AuditFilterForm = { userId: '', action: '', fromDate: '', toDate: '' }

/** Local midnight of a yyyy-MM-dd date, `addDays` later, as an instant. */
function localMidnight(date: string, addDays = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day + addDays).toISOString()
}

/** The core's filter: the "to" day is included, so the range ends at the next midnight. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  return {
    ...(form.userId && { userId: form.userId }),
    ...(form.action && { action: form.action }),
    ...(form.fromDate && { from: localMidnight(form.fromDate) }),
    ...(form.toDate && { to: localMidnight(form.toDate, 1) }),
  }
}

export function isFiltered(form: AuditFilterForm): boolean {
  return Object.values(form).some((value) => value !== '')
}
