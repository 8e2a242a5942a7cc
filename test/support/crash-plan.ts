/** What the crash-safety test's child writes, shared by the child and the parent. */

export const crashAdmin = { username: 'admin', password: 'Gongwen#2026a' }
export const crashUserPassword = 'Chushi#Mima2026'
/** A small pool of names, so a creation rolled back by a kill is retried under the same name. */
export const crashUserNames = Array.from({ length: 40 }, (_, index) => `zhiyuan${index}`)

/** One change the child saw committed (the call returned ok) before it was killed. */
export type CommittedMarker =
  | { kind: 'settings'; counter: number }
  | { kind: 'user'; username: string }
  | { kind: 'rename'; username: string; counter: number }
  | { kind: 'rotate'; counter: number }
  | { kind: 'disable'; username: string }
  /** A reset (which also re-enables) or the user's own change: the password that now counts. */
  | { kind: 'password'; username: string; password: string; mustChangePassword: boolean }
  /** Written before a password change is tried: if the kill lands in it, either password may count. */
  | { kind: 'attempt'; username: string; password: string; mustChangePassword: boolean }

export function resetPasswordFor(counter: number): string {
  return `Chongzhi#${counter}Mima`
}

export function ownPasswordFor(counter: number): string {
  return `Gaiguo#${counter}Mima`
}
