import { memberReportTitle } from '../../../../shared/meetings/vocabulary'
import { todayIso } from '../../lib/clock'
import { useRosterAsOf } from '../meetings/useRosterAsOf'

interface ReportingMemberFieldProps {
  value: string | null
  onChange: (member: { personId: string; name: string; post: string } | null) => void
}

/** 常委向常委会报告分管工作: the topic is a member's report (季度工作报告), presented by him. */
export function ReportingMemberField({ value, onChange }: ReportingMemberFieldProps) {
  const roster = useRosterAsOf(todayIso())
  const members = roster.status === 'ready' ? roster.value : []
  const choose = (personId: string) => {
    const member = members.find((entry) => entry.personId === personId)
    onChange(member ? { personId: member.personId, name: member.name, post: member.post } : null)
  }
  return (
    <div className="field">
      <label htmlFor="topic-form-reporting-member">{memberReportTitle}</label>
      <select id="topic-form-reporting-member" value={value ?? ''} onChange={(event) => choose(event.target.value)} aria-describedby="topic-form-reporting-member-hint">
        <option value="">（不是常委报告）</option>
        {value !== null && roster.status === 'ready' && !members.some((member) => member.personId === value) && <option value={value}>原报告人（已不在任）</option>}
        {members.map((member) => (
          <option key={member.personId} value={member.personId}>
            {member.name}（{member.post}）
          </option>
        ))}
      </select>
      <p id="topic-form-reporting-member-hint" className="field-hint">
        常委每季度向常委会报告分管工作和牵头决定事项的落实情况；选择报告的常委，自查时据此核对。
      </p>
    </div>
  )
}
