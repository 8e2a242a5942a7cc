import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDateInput, formatTimeInput, parseDateInput, parseTimeInput } from '../../../shared/format/date-input'

describe('parseDateInput', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['2026-12-5', '2026-12-05'],
    ['20261205', '2026-12-05'],
    ['2026/12/5', '2026-12-05'],
    ['2026.12.05', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['2026年12月5', '2026-12-05'],
    [' 2026 年 12 月 5 日 ', '2026-12-05'],
    ['２０２６－１２－０５', '2026-12-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso)
  })

  it.each(['', '2026-13-01', '2026-02-29', '2026-11-31', '2026-12', '12/05/2026', '2026年12-5', '202612', '2026-12-05x', '1899-01-01'])('refuses %s', (typed) => {
    expect(parseDateInput(typed)).toBeNull()
  })

  it('reads back what it shows, for every day of two centuries', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10)
        expect(parseDateInput(formatDateInput(iso))).toBe(iso)
        expect(parseDateInput(iso.replaceAll('-', ''))).toBe(iso)
      }),
    )
  })
})

describe('formatDateInput', () => {
  it('writes the date as the office does, without leading zeros', () => {
    expect(formatDateInput('2026-12-05')).toBe('2026年12月5日')
    expect(formatDateInput('2026-01-31')).toBe('2026年1月31日')
    expect(formatDateInput('')).toBe('')
  })
})

describe('parseTimeInput', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['0900', '09:00'],
    ['900', '09:00'],
    ['9', '09:00'],
    ['9点', '09:00'],
    ['9点30', '09:30'],
    ['9点半', '09:30'],
    ['上午9:00', '09:00'],
    ['下午3:30', '15:30'],
    ['下午15:30', '15:30'],
    ['中午12:30', '12:30'],
    ['中午1点', '13:00'],
    ['晚上7点', '19:00'],
    ['14：30', '14:30'],
    ['23:59', '23:59'],
  ])('reads %s', (typed, time) => {
    expect(parseTimeInput(typed)).toBe(time)
  })

  it.each(['', '24:00', '9:60', '9:5', 'abc', '上午', '09:00 AM', '12345'])('refuses %s', (typed) => {
    expect(parseTimeInput(typed)).toBeNull()
  })

  it('reads back what it shows, for every minute of the day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 1) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
      expect(parseTimeInput(formatTimeInput(time))).toBe(time)
    }
  })
})

describe('formatTimeInput', () => {
  it('says 上午, 中午, 下午 or 晚上', () => {
    expect(formatTimeInput('09:00')).toBe('上午9:00')
    expect(formatTimeInput('12:30')).toBe('中午12:30')
    expect(formatTimeInput('15:30')).toBe('下午3:30')
    expect(formatTimeInput('19:05')).toBe('晚上7:05')
    expect(formatTimeInput('00:15')).toBe('上午0:15')
  })
})
