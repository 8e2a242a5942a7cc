import type { AppErrorShape } from './errors'

/*
 * An error answer never carries more than a screenful of what the caller sent: a 10 MB
 * field, or a 10 MB key zod names as unrecognized, must not come back in the message,
 * the log or the window. Every error crossing the boundary is bounded here.
 */

/** The most characters of any one text an error answer carries. */
export const maxErrorText = 200
/** The most issues an invalid input's details list. */
export const maxIssues = 20

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * `text` cut to at most `max` characters: its beginning and its end (where a message says
 * what is wrong) around an ellipsis. Never leaves half a surrogate pair.
 */
export function clipText(text: string, max = maxErrorText): string {
  if (text.length <= max) return text
  let headEnd = Math.ceil((max - 1) * 0.6)
  let tailStart = text.length - (max - 1 - headEnd)
  if (isHighSurrogate(text.charCodeAt(headEnd - 1))) headEnd -= 1
  if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart += 1
  return `${text.slice(0, headEnd)}…${text.slice(tailStart)}`
}

function boundedValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return clipText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth >= 4) return null
  if (Array.isArray(value)) return value.slice(0, maxIssues).map((item) => boundedValue(item, depth + 1))
  const entries = Object.entries(value).slice(0, maxIssues)
  return Object.fromEntries(entries.map(([key, item]) => [clipText(key, 40), boundedValue(item, depth + 1)]))
}

/** The error with its message and every text in its details clipped to maxErrorText. */
export function boundedError(error: AppErrorShape): AppErrorShape {
  const message = clipText(error.message)
  return error.details ? { code: error.code, message, details: boundedValue(error.details, 0) as Record<string, unknown> } : { code: error.code, message }
}
