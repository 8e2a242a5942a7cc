import { describe, expect, it } from 'vitest'
import { canUseMatch, ftsMatchExpression, likePattern, searchTerms } from '../../../electron/core/search/search-terms'
import { firstMatch, snippetAround } from '../../../electron/core/search/snippet'

describe('search terms', () => {
  it('splits on white space, drops repeats and keeps at most five words', () => {
    expect(searchTerms(' 张三  生态\t张三 ')).toEqual(['张三', '生态'])
    expect(searchTerms('一 二 三 四 五 六')).toEqual(['一', '二', '三', '四', '五'])
  })

  it('uses the trigram index only when every word has three characters or more', () => {
    expect(canUseMatch(['征地拆迁'])).toBe(true)
    expect(canUseMatch(['征地拆迁', '张三'])).toBe(false)
    expect(canUseMatch(['张三'])).toBe(false)
    // Characters, not UTF-16 units: two characters outside the BMP are still two.
    expect(canUseMatch(['𠮷𠮷'])).toBe(false)
    expect(canUseMatch([])).toBe(false)
  })

  it('quotes every word as an FTS5 string', () => {
    expect(ftsMatchExpression(['a"b', 'NEAR(x)'])).toBe('"a""b" "NEAR(x)"')
  })

  it('escapes LIKE wildcards and the escape character', () => {
    expect(likePattern('100%_\\')).toBe('%100\\%\\_\\\\%')
  })
})

describe('snippets', () => {
  it('finds the earliest of the words, ignoring the case of Latin letters', () => {
    expect(firstMatch('abc 张三 DEF', ['def', '张三'])).toEqual({ start: 4, end: 6 })
    expect(firstMatch('abc', ['x'])).toBeNull()
  })

  it('keeps about forty characters on each side and marks what was cut', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`
    expect(snippetAround(text, ['目标'])).toBe(`…${'甲'.repeat(40)}目标${'乙'.repeat(40)}…`)
    expect(snippetAround('短文本，目标在此。', ['目标'])).toBe('短文本，目标在此。')
    expect(snippetAround(`前\n\n  后 ${'丙'.repeat(100)}`, ['无'])).toBe(`前 后 ${'丙'.repeat(76)}…`)
  })

  it('never cuts a character outside the BMP in half', () => {
    const text = `${'𠮷'.repeat(30)}目标`
    const snippet = snippetAround(text, ['目标'])
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u)
    expect([...snippet.slice(1)].every((character) => character === '𠮷' || '目标'.includes(character))).toBe(true)
  })
})
