// Terms of one or two characters (most names) are found through a second FTS5 index whose
// tokens are every character and every pair of adjacent characters of a text. FTS5 has no
// tokenizer for that, so the grams are written as ASCII tokens (code points in hex) that any
// tokenizer keeps whole: 王 → u738b, 财政 → b8d22x653f. A text contains a term of one or two
// characters exactly when its grams contain the term's token, which is what LIKE '%term%'
// answers, with the same folding (ASCII letters only). White space never occurs in a term
// (queries are split on it), so no gram holds any.

// What /\s/u matches, as code points (the check runs on every character of the index).
const spaces = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
const isSpace = (code: number) => spaces.has(code) || (code >= 0x2000 && code <= 0x200a)

// ASCII upper-case letters fold to lower case, as in SQLite's LIKE.
const fold = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)

function codePoints(text: string): number[] {
  const codes: number[] = []
  for (const character of text) codes.push(fold(character.codePointAt(0)!))
  return codes
}

/** The token of a term of one or two characters (code points), or null for any other. */
export function shortTermToken(term: string): string | null {
  const codes = codePoints(term)
  if (codes.some(isSpace)) return null
  if (codes.length === 1) return `u${codes[0]!.toString(16)}`
  if (codes.length === 2) return `b${codes[0]!.toString(16)}x${codes[1]!.toString(16)}`
  return null
}

/** Every character's and every adjacent pair's token in `text`, each once, space-separated. */
export function shortGrams(text: string | null | undefined): string {
  if (!text) return ''
  const codes = codePoints(text)
  const grams = new Set<string>()
  for (let index = 0; index < codes.length; index += 1) {
    const code = codes[index]!
    if (isSpace(code)) continue
    const unit = code.toString(16)
    grams.add(`u${unit}`)
    const next = codes[index + 1]
    if (next !== undefined && !isSpace(next)) grams.add(`b${unit}x${next.toString(16)}`)
  }
  return [...grams].join(' ')
}
