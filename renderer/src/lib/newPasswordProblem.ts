import { describePasswordProblems } from '../../../shared/auth/password-policy'

export const passwordMismatchMessage = '两次输入的密码不一致。'

/** What is wrong with a new password and its confirmation, or null when both are fine. */
export function newPasswordProblem(password: string, confirmation: string): { field: 'password' | 'confirmation'; message: string } | null {
  const weak = describePasswordProblems(password)
  if (weak) return { field: 'password', message: weak }
  if (password !== confirmation) return { field: 'confirmation', message: passwordMismatchMessage }
  return null
}

/** What is wrong with an initial password the administrator chooses, or null. */
export function initialPasswordProblem(password: string): string | null {
  const weak = describePasswordProblems(password)
  return weak ? `初始${weak}` : null
}
