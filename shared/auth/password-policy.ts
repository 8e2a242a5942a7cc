/**
 * Password rules for a government office: at least 10 characters and at least three of
 * the four kinds (upper case, lower case, digit, symbol). The form shows these rules
 * live; core enforces the same function.
 */
export const passwordMinLength = 10

export interface PasswordRuleCheck {
  id: 'length' | 'kinds'
  label: string
  met: boolean
}

export interface PasswordKinds {
  upper: boolean
  lower: boolean
  digit: boolean
  symbol: boolean
}

export function passwordKinds(password: string): PasswordKinds {
  return {
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    // Anything that is not a letter or a digit counts as a symbol (包括汉字以外的标点).
    symbol: /[^\p{L}\p{Nd}\s]/u.test(password),
  }
}

export function checkPassword(password: string): PasswordRuleCheck[] {
  const kinds = passwordKinds(password)
  const kindCount = Object.values(kinds).filter(Boolean).length
  return [
    { id: 'length', label: `至少 ${passwordMinLength} 个字符`, met: [...password].length >= passwordMinLength },
    { id: 'kinds', label: '包含大写字母、小写字母、数字、符号中的至少三类', met: kindCount >= 3 },
  ]
}

export function isPasswordAcceptable(password: string): boolean {
  return checkPassword(password).every((rule) => rule.met)
}

/** The Chinese sentence naming the rules not yet met, or null when all are met. */
export function describePasswordProblems(password: string): string | null {
  const unmet = checkPassword(password).filter((rule) => !rule.met)
  return unmet.length === 0 ? null : `密码需要${unmet.map((rule) => rule.label).join('，并且')}。`
}
