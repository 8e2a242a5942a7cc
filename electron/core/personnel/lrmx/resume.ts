// The résumé (简历) is one text element: a line per post, 'yyyy.MM--yyyy.MM  text', an open
// end ('2021.01--' or '2021.01—') for the current post, and indented continuation lines
// such as （其间：…） that belong to the line above.
import { parseLrmxDate, type LrmxResumeLine } from '../../../../shared/personnel/lrmx-types'

const DIGIT = '[0-9０-９]'
const YEAR_MONTH = `(${DIGIT}{4})[.．](${DIGIT}{1,2})`
/** from, a dash of any width or 至, then either a to date right after it or an open end (至今 or nothing). */
const DATED_LINE = new RegExp(`^${YEAR_MONTH}\\s*(?:至今|(?:[-－—–~～]+|至)(?:${YEAR_MONTH}|至今)?)\\s*(.*)$`, 'u')

/** Where the text of a dated line starts in what the writer produces, as the national editor aligns it. */
const TEXT_COLUMN = 18

function yearMonth(year: string | undefined, month: string | undefined): string | null {
  if (year === undefined || month === undefined) return null
  return parseLrmxDate(`${year}.${month}`)?.formatted ?? null
}

export function parseResume(text: string, warnings: string[]): LrmxResumeLine[] {
  const lines: LrmxResumeLine[] = []
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim()
    if (line === '') return
    const match = DATED_LINE.exec(line)
    if (match) {
      const from = yearMonth(match[1], match[2])
      const to = yearMonth(match[3], match[4])
      const toInvalid = match[3] !== undefined && to === null
      if (from !== null && !toInvalid) {
        lines.push({ from, to, text: (match[5] ?? '').trim() })
        return
      }
      warnings.push(`简历第 ${index + 1} 行的起止年月无效，已作为正文保留：${line}`)
    }
    const previous = lines.at(-1)
    if (previous) previous.text = previous.text === '' ? line : `${previous.text}\n${line}`
    else lines.push({ from: null, to: null, text: line })
  })
  return lines
}

export function formatResume(lines: LrmxResumeLine[]): string {
  const indent = ' '.repeat(TEXT_COLUMN)
  return lines
    .map((line) => {
      const [first = '', ...rest] = line.text.split('\n')
      if (line.from === null) return line.text
      const head = `${line.from}--${line.to ?? ''}`.padEnd(TEXT_COLUMN)
      return [`${head}${first}`.trimEnd(), ...rest.map((continuation) => `${indent}${continuation}`)].join('\n')
    })
    .join('\n')
}
