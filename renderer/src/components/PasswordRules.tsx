import { checkPassword } from '../../../shared/auth/password-policy'

/** The password rules, each marked ✓ or ✗ as the user types. */
export function PasswordRules({ password, id }: { password: string; id: string }) {
  return (
    <ul id={id} className="password-rules" aria-label="密码要求">
      {checkPassword(password).map((rule) => (
        <li key={rule.id} className={rule.met ? 'rule rule-met' : 'rule rule-unmet'} data-rule={rule.id} data-met={rule.met}>
          <span className="rule-mark" aria-hidden="true">
            {rule.met ? '✓' : '✗'}
          </span>
          {rule.label}
          <span className="visually-hidden">{rule.met ? '（已满足）' : '（未满足）'}</span>
        </li>
      ))}
    </ul>
  )
}
