import { z } from 'zod'
import { zhCN } from 'zod/v4/locales'

// zod's own messages (for anything a field below does not word itself) in Chinese.
z.config(zhCN())

// Shared field schemas, so every channel refuses the same bad input the same way.

// C0/C1 control characters other than tab and newline have no place in a record.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u
// A lone UTF-16 surrogate (in `u` mode a proper pair is one code point and does not match):
// it cannot be stored as UTF-8, so SQLite would silently keep U+FFFD instead.
const loneSurrogate = /[\ud800-\udfff]/u

export function plainText(maxLength: number, label: string) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(maxLength, { error: `${label}不能超过 ${maxLength} 个字符` })
    .refine((value) => !controlCharacters.test(value), { error: `${label}含有不可见的控制字符` })
    .refine((value) => !loneSurrogate.test(value), { error: `${label}含有无法识别的字符` })
}

/** Text a user may leave empty ('' stays ''), else held to the rules of plainText. */
export function blankOrText(maxLength: number, label: string) {
  return z
    .string({ error: `${label}必须是文字` })
    .trim()
    .max(maxLength, { error: `${label}不能超过 ${maxLength} 个字符` })
    .refine((value) => !controlCharacters.test(value), { error: `${label}含有不可见的控制字符` })
    .refine((value) => !loneSurrogate.test(value), { error: `${label}含有无法识别的字符` })
}

export const usernameField = z
  .string({ error: '用户名必须是文字' })
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9._-]{2,31}$/, { error: '用户名为 3–32 位英文字母、数字或 . _ -，以字母开头' })
  .transform((value) => value.toLowerCase())

// Length is checked by the password policy; this only bounds what crosses the boundary.
export const passwordField = z
  .string({ error: '密码必须是文字' })
  .min(1, { error: '请输入密码' })
  .max(256, { error: '密码不能超过 256 个字符' })

export const idField = z.string().uuid({ error: '编号格式不正确' })

export const noInput = z.undefined()

/** A calendar day 'YYYY-MM-DD' that exists (no 2026-02-30), between 1950 and 2100. */
export function dateField(label: string) {
  return z
    .string({ error: `${label}必须是日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: `${label}的格式应为 年-月-日，例如 2026-11-23` })
    .refine(isRealDate, { error: `${label}不是有效的日期` })
}

export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  if (year < 1950 || year > 2100) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A time of day 'HH:MM' (24-hour). */
export function timeField(label: string) {
  return z.string({ error: `${label}必须是时间` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: `${label}的格式应为 时:分，例如 09:00` })
}

/** Optional free text: empty or blank becomes null. */
export function optionalText(maxLength: number, label: string) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), plainText(maxLength, label).nullable())
}

/** Longer text typed in a meeting (notes, decisions): newlines and tabs allowed, may be empty. */
export function noteText(maxLength: number, label: string) {
  return z
    .string({ error: `${label}必须是文字` })
    .max(maxLength, { error: `${label}不能超过 ${maxLength} 个字符` })
    .refine((value) => !controlCharacters.test(value), { error: `${label}含有不可见的控制字符` })
    .refine((value) => !loneSurrogate.test(value), { error: `${label}含有无法识别的字符` })
}
