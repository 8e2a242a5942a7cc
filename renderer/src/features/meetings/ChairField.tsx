import { useEffect } from 'react'
import { chineseDate } from './chineseDate'
import { useRosterAsOf } from './useRosterAsOf'

interface ChairFieldProps {
  id: string
  date: string
  value: string | null
  onChange: (personId: string | null) => void
}

/** 主持人: a member of the standing committee as of the meeting date (the first in rank by default). */
export function ChairField({ id, date, value, onChange }: ChairFieldProps) {
  const roster = useRosterAsOf(date)
  const members = roster.status === 'ready' ? roster.value : []
  const hintId = `${id}-hint`

  // A date with another roster: keep the chair if still a member, else the first in rank.
  useEffect(() => {
    if (roster.status !== 'ready') return
    if (value && roster.value.some((member) => member.personId === value)) return
    onChange(roster.value[0]?.personId ?? null)
  }, [roster, value, onChange])

  let hint: string | null = null
  let problem = false
  if (roster.status === 'no-date') hint = '请先填写会议日期。'
  else if (roster.status === 'loading') hint = '正在读取该日期的常委名单…'
  else if (roster.status === 'error') {
    hint = roster.error.message
    problem = true
  } else if (members.length === 0) {
    hint = `${chineseDate(date)}没有在任的常委会成员。请先在“成员”中登记任职，或检查会议日期。`
    problem = true
  }

  return (
    <div className="field">
      <label htmlFor={id}>主持人</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} disabled={members.length === 0} aria-describedby={hint ? hintId : undefined} aria-invalid={problem || undefined}>
        {members.length === 0 && <option value="">（无可选成员）</option>}
        {members.map((member) => (
          <option key={member.personId} value={member.personId}>
            {member.name}（{member.post}）
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className={problem ? 'field-hint field-hint-problem' : 'field-hint'}>
          {hint}
        </p>
      )}
    </div>
  )
}
