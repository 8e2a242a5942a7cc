import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shortMatchExpressions } from '../../../electron/core/search/search-terms'
import { shortGrams, shortTermToken } from '../../../shared/search/short-grams'

// A text's grams hold a term's token exactly when the text contains the term as LIKE reads it
// (ASCII letters folded, nothing else), for every term of one or two characters.

const likeContains = (text: string, term: string) => text.replace(/[A-Z]/gu, (c) => c.toLowerCase()).includes(term.replace(/[A-Z]/gu, (c) => c.toLowerCase()))

describe('short-term grams', () => {
  it('writes each character and each adjacent pair once, never across white space', () => {
    expect(shortGrams('王芳 王芳')).toBe('u738b b738bx82b3 u82b3')
    expect(shortGrams('财政')).toBe('u8d22 b8d22x653f u653f')
    expect(shortGrams('Ab')).toBe(shortGrams('aB'))
    expect(shortGrams(null)).toBe('')
    expect(shortGrams('𠮷野')).toBe('u20bb7 b20bb7x91ce u91ce')
  })

  it('gives a token only to terms of one or two characters without white space', () => {
    expect(shortTermToken('王')).toBe('u738b')
    expect(shortTermToken('财政')).toBe('b8d22x653f')
    expect(shortTermToken('财政局')).toBeNull()
    expect(shortTermToken('a b')).toBeNull()
    expect(shortTermToken('É')).toBe('uc9')
    expect(shortTermToken('é')).toBe('ue9')
  })

  it('holds a term’s token exactly when LIKE finds the term', () => {
    const alphabet = fc.constantFrom('王', '财', '政', 'a', 'A', 'é', ' ', '　', '%', '_', '。', '𠮷', '1')
    const text = fc.array(alphabet, { maxLength: 12 }).map((characters) => characters.join(''))
    const term = fc.array(alphabet, { minLength: 1, maxLength: 2 }).map((characters) => characters.join('')).filter((value) => !/\s/u.test(value))
    fc.assert(
      fc.property(text, term, (value, query) => {
        const grams = new Set(shortGrams(value).split(' '))
        expect(grams.has(shortTermToken(query)!)).toBe(likeContains(value, query))
      }),
      { numRuns: 2000 },
    )
  })

  it('asks first for the title hits of the first term, then for the rest', () => {
    expect(shortMatchExpressions(['王', '财政'])).toEqual({ titleFirst: '{title} : "u738b" AND "b8d22x653f"', rest: '"u738b" AND "b8d22x653f" NOT {title} : "u738b"', all: '"u738b" AND "b8d22x653f"' })
  })
})
