import { useCallback, useState, type FormEvent } from 'react'
import type { TaskFilter } from '../../../../shared/follow-up/task-filter'
import { taskStatusLabels, type TaskStatus } from '../../../../shared/follow-up/task-status'
import type { LeaderOption } from '../../../../shared/follow-up/views'
import type { MeetingSummary } from '../../../../shared/meetings/views'
import { topicCategories, topicCategoryLabels, type TopicCategory } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { TextField } from '../../components/TextField'
import { YearSelect } from '../../components/YearSelect'
import { currentYear } from '../../lib/clock'
import { useLoad } from '../../lib/useLoad'
import { DateField } from '../../components/date/DateField'

const statusChips: (TaskStatus | null)[] = [null, 'not_started', 'in_progress', 'overdue', 'completed', 'closed']

const loadLeaders = () => call('followUp.leaders')

interface Draft {
  leaderId: string
  unit: string
  meetingId: string
  category: TopicCategory | ''
  dueFrom: string
  dueTo: string
}

const draftOf = (filter: TaskFilter): Draft => ({
  leaderId: filter.leaderId ?? '',
  unit: filter.unit ?? '',
  meetingId: filter.meetingId ?? '',
  category: filter.category ?? '',
  dueFrom: filter.dueFrom ?? '',
  dueTo: filter.dueTo ?? '',
})

function filterOf(draft: Draft, status: TaskStatus | null, year: number | null): TaskFilter {
  const value = (text: string) => (text.trim() === '' ? null : text.trim())
  return { year, status, leaderId: value(draft.leaderId), unit: value(draft.unit), meetingId: value(draft.meetingId), category: draft.category === '' ? null : draft.category, dueFrom: value(draft.dueFrom), dueTo: value(draft.dueTo) }
}

/** What the page opens with: this year's tasks and the open ones of earlier years. */
export const defaultTaskFilter = (): TaskFilter => ({ year: currentYear() })

/** Status chips and the year (applied at once) and the other filters (Enter or 筛选). */
export function TaskFilterBar({ filter, onSearch }: { filter: TaskFilter; onSearch: (filter: TaskFilter) => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(filter))
  const [leaders] = useLoad(loadLeaders)
  const year = filter.year ?? null
  const loadMeetings = useCallback(() => call('meetings.list', year === null ? {} : { year }), [year])
  const [meetings] = useLoad(loadMeetings)
  const status = filter.status ?? null
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    onSearch(filterOf(draft, status, year))
  }

  const leaderList: LeaderOption[] = leaders.status === 'ready' ? leaders.value : []
  const meetingList: MeetingSummary[] = meetings.status === 'ready' ? meetings.value.filter((meeting) => meeting.status !== 'preparing' && meeting.status !== 'notified') : []
  return (
    <div className="stack follow-up-filters">
      <div className="status-chips" role="group" aria-label="按状态筛选">
        {statusChips.map((chip) => (
          <button
            key={chip ?? 'all'}
            type="button"
            className={`status-chip${chip === 'overdue' ? ' status-chip-overdue' : ''}`}
            aria-pressed={status === chip}
            onClick={() => onSearch(filterOf(draft, chip, year))}
          >
            {chip ? taskStatusLabels[chip] : '全部'}
          </button>
        ))}
      </div>
      <form className="filter-bar" onSubmit={submit} role="search" aria-label="筛选督办事项">
        <YearSelect id="follow-up-year" value={year} onChange={(value) => onSearch(filterOf({ ...draft, meetingId: '' }, status, value))} />
        <div className="field">
          <label htmlFor="follow-up-leader">牵头领导</label>
          <select id="follow-up-leader" value={draft.leaderId} onChange={set('leaderId')}>
            <option value="">全部</option>
            {leaderList.map((leader) => (
              <option key={leader.id} value={leader.id}>
                {leader.name}
              </option>
            ))}
          </select>
        </div>
        <TextField id="follow-up-unit" label="责任单位" value={draft.unit} onChange={set('unit')} maxLength={100} placeholder="包含的文字" />
        <div className="field follow-up-meeting">
          <label htmlFor="follow-up-meeting">会议</label>
          <select id="follow-up-meeting" value={draft.meetingId} onChange={set('meetingId')}>
            <option value="">全部会议</option>
            {meetingList.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="follow-up-category">类别</label>
          <select id="follow-up-category" value={draft.category} onChange={set('category')}>
            <option value="">全部</option>
            {topicCategories
              .filter((category) => category !== 'personnel')
              .map((category) => (
                <option key={category} value={category}>
                  {topicCategoryLabels[category]}
                </option>
              ))}
          </select>
        </div>
        <DateField id="follow-up-due-from" label="办结时限（起）" value={draft.dueFrom} onChange={(value) => set('dueFrom')({ target: { value } })} />
        <DateField id="follow-up-due-to" label="办结时限（止）" value={draft.dueTo} onChange={(value) => set('dueTo')({ target: { value } })} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            筛选
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft(draftOf({}))
              onSearch(defaultTaskFilter())
            }}
          >
            清除条件
          </button>
        </div>
      </form>
    </div>
  )
}
