import { describe, expect, it } from 'vitest'
import { formatChineseDateTime, formatDateTime, formatFileSize } from '../../../shared/format/date-time'

describe('human forms of times and sizes', () => {
  it('writes a time to the minute as the office does; seconds only in the audit form', () => {
    const iso = new Date(2026, 1, 6, 10, 0, 5).toISOString()
    expect(formatChineseDateTime(iso)).toBe('2026年2月6日 10:00')
    expect(formatDateTime(iso)).toBe('2026-02-06 10:00:05')
    expect(formatChineseDateTime('不是时间')).toBe('不是时间')
  })

  it('writes sizes in 字节 below 1 KB, then KB and MB', () => {
    expect(formatFileSize(158)).toBe('158 字节')
    expect(formatFileSize(1023)).toBe('1023 字节')
    expect(formatFileSize(1024)).toBe('1.0 KB')
    expect(formatFileSize(1.2 * 1024 * 1024)).toBe('1.2 MB')
  })
})
