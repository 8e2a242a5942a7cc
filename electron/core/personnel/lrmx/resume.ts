// The résumé (简历) is one text element: a line per post. The national editor writes
// 'yyyy.MM--yyyy.MM  text'; other tools and hand edits write six digits ('199001--199601'),
// one dash or a long one ('1990.01—1996.01', '2004.07——2014.10'), an open end ('2021.01--',
// '202101--') or '--至今' for the current post, and indented continuation lines such as
// （其间：…） or (其中:…) that belong to the line above. A line that cannot be dated is kept as
// a line of its own, with a warning: it never joins the dated line before it.
import { RESUME_PRESENT, parseLrmxDate, toHalfWidth, type LrmxResumeLine } from '../../../../shared/personnel/lrmx-types'

/** yyyy.MM (a dot of either width), yyyyMM (exactly six digits), or yyyy年M月. */
const YEAR_MONTH = /^(?:(\d{4})\.(\d{1,2})(?!\d)|(\d{4})(\d{2})(?!\d)|(\d{4})年(\d{1,2})月)/u
/** Between the two dates: dashes of any width and number, a tilde, or 至. */
const SEPARATOR = /^\s*(?:[-—–―−~～]+|至)\s*/u
const PRESENT = /^至今/u

/** Where the text of a dated line starts in what the writer produces, as the national editor aligns it. */
const TEXT_COLUMN = 18

type Head = { kind: 'dated'; from: string; to: string | null; text: string } | { kind: 'invalid' } | { kind: 'undated' }

interface YearMonthMatch {
  /** 'yyyy.MM', or null when the month or year is impossible. */
  value: string | null
  length: number
}

function yearMonthAt(text: string): YearMonthMatch | null {
  const match = YEAR_MONTH.exec(text)
  if (!match) return null
  const year = match[1] ?? match[3] ?? match[5]
  const month = match[2] ?? match[4] ?? match[6]
  return { value: parseLrmxDate(`${year}.${month}`)?.formatted ?? null, length: match[0].length }
}

/**
 * The period at the start of a line. `compact` is the line with full-width digits and
 * punctuation made ASCII, character for character, so its indices slice the original.
 */
function readHead(line: string): Head {
  const compact = toHalfWidth(line)
  const from = yearMonthAt(compact)
  if (from === null) return { kind: 'undated' }
  let at = from.length
  let to: string | null = null
  const rest = () => compact.slice(at)
  const present = PRESENT.exec(rest().trimStart())
  if (present) {
    to = RESUME_PRESENT
    at += rest().length - rest().trimStart().length + present[0].length
  } else {
    const separator = SEPARATOR.exec(rest())
    // A date with no dash after it is not a period (nor is '1990.01某大学').
    if (!separator) return { kind: 'undated' }
    // A digit right after the dash that is no date ('2001.01--2004.1x') is a broken period.
    const glued = /^\d/u.test(compact.slice(at + separator[0].trimEnd().length))
    at += separator[0].length
    const until = yearMonthAt(rest())
    if (until !== null) {
      if (until.value === null) return { kind: 'invalid' }
      to = until.value
      at += until.length
    } else if (PRESENT.test(rest())) {
      to = RESUME_PRESENT
      at += 2
    } else if (glued) {
      return { kind: 'invalid' }
    }
  }
  if (from.value === null) return { kind: 'invalid' }
  return { kind: 'dated', from: from.value, to, text: line.slice(at).trim() }
}

/** An indented line, or one opening with a bracket (（其间：…）, (其中:…)), continues the line above. */
function isContinuation(rawLine: string, line: string): boolean {
  return /^[\s\u3000]/u.test(rawLine) || /^[（(]/u.test(line)
}

/** A line that could not be dated: an impossible month or year, or no period the reader recognises. */
export interface ResumeProblem {
  kind: 'invalid' | 'undated'
  /** 1-based, as a text editor counts. */
  lineNumber: number
  text: string
  /** The import preview's warning. */
  message: string
}

/** The résumé's lines; what could not be dated is listed in `problems` (in line order), never dropped. */
export function readResume(text: string): { lines: LrmxResumeLine[]; problems: ResumeProblem[] } {
  const lines: LrmxResumeLine[] = []
  const problems: ResumeProblem[] = []
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim()
    if (line === '') return
    const head = readHead(line)
    if (head.kind === 'dated') {
      lines.push({ from: head.from, to: head.to, text: head.text })
      return
    }
    const previous = lines.at(-1)
    if (head.kind === 'undated' && previous && isContinuation(rawLine, line)) {
      previous.text = previous.text === '' ? line : `${previous.text}\n${line}`
      return
    }
    const message = head.kind === 'invalid' ? `简历第 ${index + 1} 行的起止年月无效` : `简历第 ${index + 1} 行没有可识别的起止年月`
    problems.push({ kind: head.kind, lineNumber: index + 1, text: line, message: `${message}，已单独保留为未注明年月的一行：${line}` })
    // Undated text joins only undated text before it, never a dated line.
    if (previous && previous.from === null) previous.text = `${previous.text}\n${line}`
    else lines.push({ from: null, to: null, text: line })
  })
  return { lines, problems }
}

/** The résumé as read from a file: every line kept, every line that could not be dated warned about. */
export function parseResume(text: string, warnings: string[]): LrmxResumeLine[] {
  const { lines, problems } = readResume(text)
  warnings.push(...problems.map((problem) => problem.message))
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
