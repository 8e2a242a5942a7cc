import { shortTermToken } from '../../../shared/search/short-grams'

// Turning what the user typed into safe query parameters. Nothing typed is ever spliced into
// SQL or read as FTS5 syntax: terms are bound as parameters, quoted as FTS5 strings for
// MATCH and escaped for LIKE.

/** The trigram tokenizer can only MATCH terms of three characters or more. */
export const minimumMatchLength = 3

/** At most this many words are searched for together (all must occur). */
const maximumTerms = 5

/** The words of a query (split on white space, duplicates dropped). */
export function searchTerms(query: string): string[] {
  const words = query.split(/\s+/u).filter((word) => word.length > 0)
  return [...new Set(words)].slice(0, maximumTerms)
}

export const characterCount = (text: string) => [...text].length

/** Whether every term is long enough for the trigram index. */
export const canUseMatch = (terms: readonly string[]) => terms.length > 0 && terms.every((term) => characterCount(term) >= minimumMatchLength)

/** `"t1" "t2"`: each term an FTS5 string (quotes doubled), juxtaposed = all must occur. */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ')
}

/** The escape character used with every LIKE pattern below (ESCAPE '\'). */
export const likeEscape = '\\'

/** `%term%` with %, _ and the escape character itself taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/gu, (character) => likeEscape + character)}%`
}

/** The terms the trigram index cannot match (under three characters), and the others. */
export function splitByLength(terms: readonly string[]): { short: string[]; long: string[] } {
  return { short: terms.filter((term) => !canUseMatch([term])), long: terms.filter((term) => canUseMatch([term])) }
}

/**
 * The two MATCH expressions of the grams index for the short terms (all required): entries
 * whose title holds the first one, then the others. Tokens are ASCII letters and digits only
 * (shortTermToken), quoted as FTS5 strings all the same.
 */
export function shortMatchExpressions(shortTerms: readonly string[]): { titleFirst: string; rest: string; all: string } {
  const tokens = shortTerms.map((term) => `"${shortTermToken(term) ?? ''}"`)
  const [pivot, ...others] = tokens
  const and = others.map((token) => ` AND ${token}`).join('')
  return { titleFirst: `{title} : ${pivot}${and}`, rest: `${pivot}${and} NOT {title} : ${pivot}`, all: `${pivot}${and}` }
}
