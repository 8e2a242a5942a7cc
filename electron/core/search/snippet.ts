// The text shown under a hit: the words around the first match, never a whole speech.

/** Characters kept on each side of the match. */
const contextLength = 40

// Only ASCII letters change case here, as in SQLite's LIKE and the trigram tokenizer, and
// lowering them keeps every index in place.
const foldCase = (text: string) => text.replace(/[A-Z]/gu, (letter) => letter.toLowerCase())

const collapseSpace = (text: string) => text.replace(/\s+/gu, ' ').trim()

/** Where the earliest of the terms occurs in `text` (case-insensitive for ASCII), or null. */
export function firstMatch(text: string, terms: readonly string[]): { start: number; end: number } | null {
  const folded = foldCase(text)
  let best: { start: number; end: number } | null = null
  for (const term of terms) {
    const start = folded.indexOf(foldCase(term))
    if (start >= 0 && (!best || start < best.start)) best = { start, end: start + term.length }
  }
  return best
}

// An index in the middle of a surrogate pair (a character outside the BMP) moves back one.
const atCharacter = (text: string, index: number) => (index > 0 && index < text.length && /[\udc00-\udfff]/u.test(text[index] ?? '') ? index - 1 : index)

/**
 * About 40 characters either side of the first match, with … where text was left out; the
 * start of the text when the terms occur only in the title.
 */
export function snippetAround(stored: string, terms: readonly string[]): string {
  const text = collapseSpace(stored)
  const match = firstMatch(text, terms)
  const from = match ? atCharacter(text, Math.max(0, match.start - contextLength)) : 0
  const to = atCharacter(text, match ? match.end + contextLength : contextLength * 2)
  const head = from > 0 ? '…' : ''
  const tail = to < text.length ? '…' : ''
  return `${head}${text.slice(from, to).trim()}${tail}`
}
