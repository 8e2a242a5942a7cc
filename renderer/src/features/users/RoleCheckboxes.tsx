import { roleLabels, roles, type Role } from '../../../../shared/auth/roles'

const roleHints: Record<Role, string> = {
  admin: '管理用户、设置与审计日志',
  recorder: '记录会议与督办事项',
  reader: '只能查阅',
}

interface RoleCheckboxesProps {
  value: readonly Role[]
  onChange: (roles: Role[]) => void
  /** Roles that cannot be unticked here (one's own 管理员), with the reason. */
  locked?: { role: Role; reason: string }
}

/** 角色: one checkbox per role, in the contract's order. */
export function RoleCheckboxes({ value, onChange, locked }: RoleCheckboxesProps) {
  function toggle(role: Role, checked: boolean) {
    const next = new Set(value)
    if (checked) next.add(role)
    else next.delete(role)
    onChange(roles.filter((candidate) => next.has(candidate)))
  }

  return (
    <fieldset className="field choice-group">
      <legend>角色</legend>
      {roles.map((role) => {
        const isLocked = locked?.role === role
        return (
          <div key={role} className="choice">
            <label className="checkbox">
              <input type="checkbox" checked={value.includes(role)} disabled={isLocked} onChange={(event) => toggle(role, event.target.checked)} />
              {roleLabels[role]}
            </label>
            <span className="choice-hint">{isLocked ? locked.reason : roleHints[role]}</span>
          </div>
        )
      })}
    </fieldset>
  )
}
