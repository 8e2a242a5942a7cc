import { personnelGrantLabel } from '../../../../shared/auth/roles'

interface PersonnelGrantCheckboxProps {
  checked: boolean
  onChange: (checked: boolean) => void
  /** The administrator does not hold the grant, so can only take it away, not give it. */
  cannotGrant: boolean
  /** The user holds it already (so it may be kept or taken away even by a non-holder). */
  heldBefore: boolean
}

/** 干部任免: backed by a key, so only someone who holds it can hand it on. */
export function PersonnelGrantCheckbox({ checked, onChange, cannotGrant, heldBefore }: PersonnelGrantCheckboxProps) {
  const disabled = cannotGrant && !heldBefore
  return (
    <fieldset className="field choice-group">
      <legend>专用记录本</legend>
      <div className="choice">
        <label className="checkbox">
          <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} aria-describedby="personnel-grant-note" />
          {personnelGrantLabel}
        </label>
      </div>
      <p id="personnel-grant-note" className="field-hint">
        {cannotGrant
          ? `您本人不持有干部任免权限，因此不能把它授予他人${heldBefore ? '（可以取消）' : ''}。只有持有者才能授予。`
          : '持有者可以打开干部任免专用记录本（独立密钥加密）。只有本人持有此权限的管理员才能授予他人。'}
      </p>
    </fieldset>
  )
}
