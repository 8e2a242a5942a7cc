import { useCallback, useState } from 'react'
import { chineseDate } from '../../../../shared/roster/dates'
import type { AssignmentView, DivisionView, WorkAreaView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { AreaDialog } from './AreaDialog'
import { AreaTable } from './AreaTable'
import { AsOfDateField } from './AsOfDateField'
import { AssignDialog } from './AssignDialog'
import { EndDateDialog } from './EndDateDialog'
import { MemberDivisionTable } from './MemberDivisionTable'
import { todayIso } from '../../lib/clock'
import { canWriteRoster } from './canWriteRoster'

type OpenDialog = { kind: 'area'; area?: WorkAreaView } | { kind: 'assign'; area: WorkAreaView } | { kind: 'end'; area: WorkAreaView; assignment: AssignmentView }

/** 分工 as of a day: each field with its lead and assistants, gaps and overlaps marked, and each member's fields. */
export function DivisionTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [date, setDate] = useState(todayIso)
  const loadDivision = useCallback(() => call('roster.division', { date }), [date])
  const [division, reload] = useLoad(loadDivision)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  function done(message: string) {
    return (_view: DivisionView) => {
      setDialog(null)
      setNotice(message)
      reload()
    }
  }

  const problems = division.status === 'ready' ? division.value.areas.filter((area) => area.state !== 'ok').length : 0
  const idle = division.status === 'ready' ? division.value.members.filter((member) => member.areas.length === 0).length : 0

  return (
    <div className="stack">
      <section className="card" aria-labelledby="division-title">
        <div className="card-header">
          <h2 id="division-title">截至{chineseDate(date)}的分工</h2>
          {writable && (
            <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'area' })}>
              新增分工领域
            </button>
          )}
        </div>
        <p className="card-note">分工不空挡、不交叉、不重叠：每个领域应有且只有一名分管常委。</p>
        <div className="roster-toolbar">
          <AsOfDateField id="division-asof-date" value={date} onChange={setDate} />
          {division.status === 'ready' && (
            <p className="table-count">
              {division.value.areas.length} 个领域，{problems === 0 ? '分工完整' : `${problems} 个领域需要调整`}
              {idle > 0 && `，${idle} 名常委暂无分工`}
            </p>
          )}
        </div>
        {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
        {division.status === 'loading' && <LoadingIndicator />}
        {division.status === 'error' && <ErrorMessage message={division.error.message} />}
        {division.status === 'ready' && division.value.areas.length === 0 && (
          <EmptyState title="还没有分工领域">{writable ? '点击“新增分工领域”，如“组织工作”“政法工作”，再为每个领域安排分管常委。' : '尚未录入分工。'}</EmptyState>
        )}
        {division.status === 'ready' && division.value.areas.length > 0 && (
          <AreaTable
            areas={division.value.areas}
            writable={writable}
            onAssign={(area) => { setNotice(null); setDialog({ kind: 'assign', area }) }}
            onEdit={(area) => { setNotice(null); setDialog({ kind: 'area', area }) }}
            onEnd={(area, assignment) => { setNotice(null); setDialog({ kind: 'end', area, assignment }) }}
          />
        )}
      </section>
      {division.status === 'ready' && (
        <section className="card" aria-labelledby="division-members-title">
          <h2 id="division-members-title">按常委查看</h2>
          <MemberDivisionTable members={division.value.members} />
        </section>
      )}

      {dialog?.kind === 'area' && <AreaDialog area={dialog.area} asOf={date} onClose={() => setDialog(null)} onSaved={done(dialog.area ? '已保存分工领域。' : '已新增分工领域。')} />}
      {dialog?.kind === 'assign' && division.status === 'ready' && (
        <AssignDialog area={dialog.area} members={division.value.members} asOf={date} onClose={() => setDialog(null)} onSaved={done(`已安排“${dialog.area.name}”的分工。`)} />
      )}
      {dialog?.kind === 'end' && (
        <EndDateDialog
          title={`结束分工：${dialog.assignment.name} · ${dialog.area.name}`}
          note={`${chineseDate(dialog.assignment.startDate)}起。结束后该记录仍保留，查看以前的日期时照常显示。`}
          save={(endDate) => call('roster.endAssignment', { assignmentId: dialog.assignment.assignmentId, endDate, asOf: date })}
          onClose={() => setDialog(null)}
          onSaved={done(`已结束 ${dialog.assignment.name}对“${dialog.area.name}”的分工。`)}
        />
      )}
    </div>
  )
}
