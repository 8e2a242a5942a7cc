import { describe, expect, it } from 'vitest'
import { localDay } from '../../../shared/calendar/local-day'

describe('localDay', () => {
  it('gives the Beijing calendar day of a UTC instant', () => {
    expect(localDay('2026-11-19T15:59:59.999Z')).toBe('2026-11-19')
    expect(localDay('2026-11-19T16:00:00.000Z')).toBe('2026-11-20')
    expect(localDay('2026-12-31T17:30:00Z')).toBe('2027-01-01')
    expect(localDay(new Date(Date.UTC(2026, 9, 9, 20, 0)))).toBe('2026-10-10')
  })

  it('takes another zone when asked', () => {
    expect(localDay('2026-11-19T17:30:00Z', 'UTC')).toBe('2026-11-19')
    expect(localDay('2026-11-20T03:00:00Z', 'America/New_York')).toBe('2026-11-19')
  })

  it('refuses what is not a time', () => {
    expect(() => localDay('not a time')).toThrow(RangeError)
    expect(() => localDay('2026-11-19T10:00:00Z', 'Mars/Olympus')).toThrow(RangeError)
  })
})
