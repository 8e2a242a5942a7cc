import { useId, type Ref } from 'react'
import { passwordMismatchMessage } from '../lib/newPasswordProblem'
import { PasswordRules } from './PasswordRules'
import { TextField } from './TextField'

interface NewPasswordFieldsProps {
  password: string
  confirmation: string
  onPasswordChange: (value: string) => void
  onConfirmationChange: (value: string) => void
  passwordLabel?: string
  confirmationLabel?: string
  passwordRef?: Ref<HTMLInputElement>
  confirmationRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
  /** Put the two fields next to each other (wide forms). */
  sideBySide?: boolean
}

/** A new password with its rules checked live, and its confirmation with a mismatch note. */
export function NewPasswordFields({
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  passwordLabel = '新密码',
  confirmationLabel = '确认新密码',
  passwordRef,
  confirmationRef,
  autoFocus,
  sideBySide = false,
}: NewPasswordFieldsProps) {
  const id = useId()
  const rulesId = `${id}-rules`
  const matchId = `${id}-match`
  const mismatch = confirmation.length > 0 && confirmation !== password
  const matches = confirmation.length > 0 && confirmation === password
  return (
    <div className={sideBySide ? 'new-password form-grid' : 'new-password'}>
      <TextField
        id={`${id}-password`}
        label={passwordLabel}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
        aria-describedby={rulesId}
        ref={passwordRef}
        autoFocus={autoFocus}
        required
        after={<PasswordRules id={rulesId} password={password} />}
      />
      <TextField
        id={`${id}-confirmation`}
        label={confirmationLabel}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => onConfirmationChange(event.target.value)}
        aria-describedby={matchId}
        aria-invalid={mismatch || undefined}
        ref={confirmationRef}
        required
        after={
          <p id={matchId} className={mismatch ? 'field-check field-check-bad' : matches ? 'field-check field-check-good' : 'field-check'}>
            {mismatch ? `✗ ${passwordMismatchMessage}` : matches ? '✓ 两次输入一致' : ''}
          </p>
        }
      />
    </div>
  )
}
