// Splitting text into plain and matching parts, so matches are wrapped in <mark> by React
// (never by building HTML). Matching as core does: every word, Latin letters in any case.

export interface TextPart {
  text: string
  match: boolean
}

export const queryWords = (query: string) => [...new Set(query.split(/\s+/u).filter((word) => word.length > 0))]

const foldCase = (text: string) => text.replace(/[A-Z]/gu, (letter) => letter.toLowerCase())

export function highlightParts(text: string, words: readonly string[]): TextPart[] {
  const folded = foldCase(text)
  const needles = words.map(foldCase).filter((word) => word.length > 0)
  const parts: TextPart[] = []
  let plainFrom = 0
  let at = 0
  while (at < text.length) {
    // The longest word matching here wins, so "张三丰" is marked whole when both are searched.
    const length = Math.max(0, ...needles.filter((needle) => folded.startsWith(needle, at)).map((needle) => needle.length))
    if (length === 0) {
      at += 1
      continue
    }
    if (plainFrom < at) parts.push({ text: text.slice(plainFrom, at), match: false })
    parts.push({ text: text.slice(at, at + length), match: true })
    at += length
    plainFrom = at
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), match: false })
  return parts
}
