import { todayIso } from '../../lib/clock'
import { useRosterAsOf } from '../meetings/useRosterAsOf'

interface LeaderFieldProps {
  value: string | null
  /** The leader's name when they are no longer on today's roster. */
  currentName: string | null
  onChange: (personId: string | null) => void
}

/** 分管领导: a member of today's standing committee. */
export function LeaderField({ value, currentName, onChange }: LeaderFieldProps) {
  const roster = useRosterAsOf(todayIso())
  const members = roster.status === 'ready' ? roster.value : []
  const missing = value !== null && roster.status === 'ready' && !members.some((member) => member.personId === value)
  return (
    <div className="field">
      <label htmlFor="topic-form-leader">分管领导</label>
      <select id="topic-form-leader" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{roster.status === 'loading' ? '正在加载…' : '（未指定）'}</option>
        {missing && <option value={value ?? ''}>{currentName ?? '原分管领导'}（已不在任）</option>}
        {members.map((member) => (
          <option key={member.personId} value={member.personId}>
            {member.name}（{member.post}）
          </option>
        ))}
      </select>
      {roster.status === 'error' && <p className="field-hint field-hint-problem">{roster.error.message}</p>}
    </div>
  )
}
