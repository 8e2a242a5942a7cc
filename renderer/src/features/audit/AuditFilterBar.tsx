import { useEffect, useState } from 'react'
import { auditActionLabels } from '../../../../shared/audit/action-labels'
import type { AuditActor } from '../../../../shared/ipc/channels/audit'
import { call } from '../../api/client'
import { emptyAuditFilter, isFiltered, type AuditFilterForm } from './auditFilter'
import { DateInput } from '../../components/date/DateInput'

interface AuditFilterBarProps {
  value: AuditFilterForm
  onChange: (next: AuditFilterForm) => void
}

const actionOptions = Object.entries(auditActionLabels).sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))

/** 用户 / 操作 / 日期从…至…: each change applies at once. */
export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const [actors, setActors] = useState<AuditActor[]>([])
  useEffect(() => {
    void call('audit.actors').then((result) => {
      if (result.ok) setActors(result.value)
    })
  }, [])
  const set = (field: keyof AuditFilterForm) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value })

  return (
    <div className="filter-bar" role="search" aria-label="筛选审计日志">
      <div className="field">
        <label htmlFor="audit-filter-user">用户</label>
        <select id="audit-filter-user" value={value.userId} onChange={set('userId')}>
          <option value="">全部用户</option>
          {actors
            .filter((actor) => actor.userId)
            .map((actor) => (
              <option key={`${actor.userId}-${actor.userName}`} value={actor.userId!}>
                {actor.userName}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-filter-action">操作</label>
        <select id="audit-filter-action" value={value.action} onChange={set('action')}>
          <option value="">全部操作</option>
          {actionOptions.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-filter-from">开始日期</label>
        <DateInput id="audit-filter-from" value={value.fromDate} max={value.toDate || undefined} onChange={(date) => set('fromDate')({ target: { value: date } })} />
      </div>
      <div className="field">
        <label htmlFor="audit-filter-to">结束日期</label>
        <DateInput id="audit-filter-to" value={value.toDate} min={value.fromDate || undefined} onChange={(date) => set('toDate')({ target: { value: date } })} />
      </div>
      <button type="button" className="button button-secondary" onClick={() => onChange(emptyAuditFilter)} disabled={!isFiltered(value)}>
        清除筛选
      </button>
    </div>
  )
}
