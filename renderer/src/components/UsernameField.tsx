import type { ComponentProps } from 'react'
import { TextField } from './TextField'

/** The rule of shared/ipc/fields.ts usernameField, said where a new user name is typed. */
export const usernameRule = '英文字母开头，3–32 位字母、数字或 . _ -'

type UsernameFieldProps = Omit<ComponentProps<typeof TextField>, 'onChange' | 'type'> & {
  onChange: (value: string) => void
}

/** A user name input: never capitalised or spell-checked. */
export function UsernameField({ onChange, ...field }: UsernameFieldProps) {
  return <TextField autoCapitalize="off" spellCheck={false} required {...field} onChange={(event) => onChange(event.target.value)} />
}
