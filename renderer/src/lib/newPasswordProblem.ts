import { describePasswordProblems } from '../../../shared/auth/password-policy'

export const passwordMismatchMessage = '两次输入的密码不一致。'

/** What is wrong with a new password and its confirmation, or null when both are fine. */
export function newPasswordProblem(password: string, confirmation: string): { field: 'password' | 'confirmation'; message: string } | null {
  const weak = describePasswordProblems(password)
  if (weak) return { field: 'password', message: weak }
  if (password !== confirmation) return { field: 'confirmation', message: passwordMismatchMessage }
  return null
}
