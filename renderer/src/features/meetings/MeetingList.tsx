import { useCallback, useState } from 'react'
import { meetingStatuses, meetingStatusLabels, type MeetingStatus } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { MeetingFormDialog } from './MeetingFormDialog'
import { MeetingTable } from './MeetingTable'
import { useBodies } from './useBodies'
import { YearSelect } from '../../components/YearSelect'
import { currentYear } from '../../lib/clock'


/** The meetings, filtered by year, body and status, newest first; 新建会议 opens the create dialog. */
export function MeetingList({ onOpen }: { onOpen: (meetingId: string) => void }) {
  const { session } = useSession()
  const canWrite = session.permissions.includes('records.write')
  const [year, setYear] = useState<number | null>(currentYear)
  const [bodyId, setBodyId] = useState('')
  const [status, setStatus] = useState<MeetingStatus | ''>('')
  const [creating, setCreating] = useState(false)
  const [bodies] = useBodies()
  const load = useCallback(
    () => call('meetings.list', { ...(year === null ? {} : { year }), ...(bodyId ? { bodyId } : {}), ...(status ? { status } : {}) }),
    [year, bodyId, status],
  )
  const [meetings] = useLoad(load)
  const filtered = year !== currentYear() || bodyId !== '' || status !== ''
  // With nothing at all yet, the empty state carries the one 新建会议 button.
  const emptyStart = meetings.status === 'ready' && meetings.value.length === 0 && !filtered

  const createButton = canWrite && (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      新建会议
    </button>
  )

  return (
    <section className="card" aria-labelledby="meeting-list-title">
      <div className="card-header">
        <h2 id="meeting-list-title">会议列表</h2>
        {!emptyStart && createButton}
      </div>
      <div className="filter-bar">
        <YearSelect id="meeting-filter-year" value={year} onChange={setYear} />
        <div className="field">
          <label htmlFor="meeting-filter-body">会议类型</label>
          <select id="meeting-filter-body" value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
            <option value="">全部类型</option>
            {bodies.status === 'ready' &&
              bodies.value.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meeting-filter-status">状态</label>
          <select id="meeting-filter-status" value={status} onChange={(event) => setStatus(event.target.value as MeetingStatus | '')}>
            <option value="">全部状态</option>
            {meetingStatuses.map((value) => (
              <option key={value} value={value}>
                {meetingStatusLabels[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {meetings.status === 'loading' && <LoadingIndicator text="正在加载会议…" />}
      {meetings.status === 'error' && <ErrorMessage message={meetings.error.message} />}
      {meetings.status === 'ready' && meetings.value.length === 0 && (
        <EmptyState title={filtered ? '没有符合条件的会议' : `${currentYear()}年还没有会议`}>
          <p>{filtered ? '请调整上面的筛选条件。' : canWrite ? '新建会议后，可在会议中安排议题、发出通知并记录会议。' : '您的账号可以查阅会议；新建和记录会议由记录员进行。'}</p>
          {emptyStart && createButton}
        </EmptyState>
      )}
      {meetings.status === 'ready' && meetings.value.length > 0 && <MeetingTable meetings={meetings.value} onOpen={onOpen} />}
      {creating && (
        <MeetingFormDialog
          onClose={() => setCreating(false)}
          onSaved={(meeting) => {
            setCreating(false)
            onOpen(meeting.id)
          }}
        />
      )}
    </section>
  )
}
