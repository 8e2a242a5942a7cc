import type { z } from 'zod'
import type { Permission } from '../auth/roles'

/** Who may call a channel: anyone (before unlock), any unlocked user, or a permission holder. */
export type Access = 'public' | 'session' | Permission

export interface ChannelSpec<Input extends z.ZodType = z.ZodType, Output = unknown, A extends Access = Access> {
  input: Input
  access: A
  /** Type-only marker of the result; never read at run time. */
  output?: Output
}

/**
 * Declares one channel: `channel<ResultType>()({ input, access })`. Curried so the
 * result type is written once and the input type is inferred from the schema.
 */
export function channel<Output>() {
  return <Input extends z.ZodType, A extends Access>(spec: { input: Input; access: A }): ChannelSpec<Input, Output, A> => spec
}

/**
 * Merges feature groups (of channels, or of their handlers) into one table, refusing a
 * name declared twice: a plain spread would let the later group silently win.
 */
export function mergeUnique<Groups extends Record<string, unknown>[]>(
  what: string,
  ...groups: Groups
): UnionToIntersection<Groups[number]> {
  const merged: Record<string, unknown> = {}
  for (const group of groups) {
    for (const [name, entry] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`${what} declared twice: ${name}`)
      merged[name] = entry
    }
  }
  return merged as UnionToIntersection<Groups[number]>
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void
  ? I
  : never
