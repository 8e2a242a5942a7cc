import { useId, useState, type Ref } from 'react'
import { PasswordRules } from '../../components/PasswordRules'
import { TextField } from '../../components/TextField'

interface InitialPasswordFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  inputRef?: Ref<HTMLInputElement>
}

/**
 * An initial password the administrator chooses and hands over: rules checked live, and
 * a 显示密码 switch so it can be read back before it is given to the user.
 */
export function InitialPasswordField({ label, value, onChange, inputRef }: InitialPasswordFieldProps) {
  const id = useId()
  const [visible, setVisible] = useState(false)
  return (
    <TextField
      id={`${id}-password`}
      label={label}
      type={visible ? 'text' : 'password'}
      autoComplete="new-password"
      autoCapitalize="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={`${id}-rules`}
      ref={inputRef}
      required
      hint="用户首次解锁时须改为自己的密码。请当面或以其他安全方式告知用户。"
      after={
        <>
          <PasswordRules id={`${id}-rules`} password={value} />
          <label className="checkbox checkbox-small">
            <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
            显示密码
          </label>
        </>
      }
    />
  )
}
