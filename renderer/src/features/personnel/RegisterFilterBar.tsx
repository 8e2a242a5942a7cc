import { useState, type FormEvent } from 'react'
import type { RegisterFilter } from '../../../../shared/ipc/channels/personnel'
import type { MeetingSummary } from '../../../../shared/meetings/views'
import { actionTypeLabels, actionTypes, type ActionType } from '../../../../shared/personnel/vocabulary'
import { TextField } from '../../components/TextField'
import { DateField } from '../../components/date/DateField'

interface Draft {
  name: string
  idNumber: string
  post: string
  unit: string
  actionType: ActionType | ''
  from: string
  to: string
  meetingId: string
}

const emptyDraft: Draft = { name: '', idNumber: '', post: '', unit: '', actionType: '', from: '', to: '', meetingId: '' }

function filterOf(draft: Draft): RegisterFilter {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  return {
    name: text(draft.name),
    idNumber: text(draft.idNumber),
    post: text(draft.post),
    unit: text(draft.unit),
    actionType: draft.actionType === '' ? null : draft.actionType,
    from: draft.from === '' ? null : draft.from,
    to: draft.to === '' ? null : draft.to,
    meetingId: draft.meetingId === '' ? null : draft.meetingId,
  }
}

/** The register's filters; Enter in any field searches. Meetings are offered when the user may read them. */
export function RegisterFilterBar({ meetings, onSearch }: { meetings: MeetingSummary[]; onSearch: (filter: RegisterFilter) => void }) {
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    onSearch(filterOf(draft))
  }

  return (
    <form className="filter-bar register-filters" onSubmit={submit} role="search" aria-label="查找台账">
      <TextField id="register-name" label="姓名" value={draft.name} onChange={set('name')} maxLength={40} placeholder="两个字即可" />
      <TextField id="register-id-number" label="身份证号" value={draft.idNumber} onChange={set('idNumber')} maxLength={18} />
      <TextField id="register-post" label="职务" value={draft.post} onChange={set('post')} maxLength={100} />
      <TextField id="register-unit" label="单位" value={draft.unit} onChange={set('unit')} maxLength={100} />
      <div className="field">
        <label htmlFor="register-action">任免类型</label>
        <select id="register-action" value={draft.actionType} onChange={set('actionType')}>
          <option value="">全部</option>
          {actionTypes.map((type) => (
            <option key={type} value={type}>
              {actionTypeLabels[type]}
            </option>
          ))}
        </select>
      </div>
      <DateField id="register-from" label="起始日期" value={draft.from} onChange={(value) => set('from')({ target: { value } })} />
      <DateField id="register-to" label="截止日期" value={draft.to} onChange={(value) => set('to')({ target: { value } })} />
      {meetings.length > 0 && (
        <div className="field register-meeting">
          <label htmlFor="register-meeting">会议</label>
          <select id="register-meeting" value={draft.meetingId} onChange={set('meetingId')}>
            <option value="">全部会议</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-actions register-filter-actions">
        <button type="submit" className="button button-primary">
          查找
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(emptyDraft)
            onSearch({})
          }}
        >
          清除条件
        </button>
      </div>
    </form>
  )
}
