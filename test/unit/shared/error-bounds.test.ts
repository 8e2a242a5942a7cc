import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundedError, clipText, maxErrorText } from '../../../shared/error-bounds'

// In `u` mode a proper pair is one code point: only a lone surrogate matches.
const loneSurrogate = /[\ud800-\udfff]/u

describe('clipText', () => {
  it('keeps short texts and cuts long ones to the limit, beginning and end kept', () => {
    expect(clipText('会议地点不能超过 64 个字符')).toBe('会议地点不能超过 64 个字符')
    const clipped = clipText(`${'甲'.repeat(5000)}不能既是休息日又是工作日`)
    expect(clipped.length).toBeLessThanOrEqual(maxErrorText)
    expect(clipped.startsWith('甲甲甲')).toBe(true)
    expect(clipped.endsWith('不能既是休息日又是工作日')).toBe(true)
  })

  it('never exceeds the limit nor splits a surrogate pair, at any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 3, max: 300 }), (text, max) => {
        const clipped = clipText(text, max)
        expect(clipped.length).toBeLessThanOrEqual(max)
        // Graphemes hold whole pairs only: a lone surrogate in the result would be a split one.
        expect(loneSurrogate.test(clipped)).toBe(false)
      }),
    )
  })
})

describe('boundedError', () => {
  it('clips the message and every text of the details', () => {
    const huge = 'Ж'.repeat(100_000)
    const bounded = boundedError({ code: 'INVALID_INPUT', message: huge, details: { issues: Array.from({ length: 50 }, () => ({ path: huge, message: huge })), [huge]: 1 } })
    expect(JSON.stringify(bounded).length).toBeLessThan(10_000)
    expect(bounded.message.length).toBeLessThanOrEqual(maxErrorText)
  })
})
