import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../shared/format/csv'

describe('toCsv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv([['序号', '摘要'], [1, '解锁']])).toBe('\uFEFF序号,摘要\r\n1,解锁\r\n')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', null]])).toBe('\uFEFF"a,b","say ""hi""","two\nlines",\r\n')
  })

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv([['=1+1', '+86', '-x', '@SUM(A1)']])).toBe("\uFEFF'=1+1,'+86,'-x,'@SUM(A1)\r\n")
  })
})
