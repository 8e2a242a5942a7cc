import type { LrmxResumeLine } from '../../../../shared/personnel/lrmx-types'

/** The résumé a line a post: its period ('1990.09--1994.07', '--至今', open) and text; an undated line says so. */
export function ResumeLines({ lines, label }: { lines: LrmxResumeLine[]; label?: string }) {
  if (lines.length === 0) return <>—</>
  return (
    <ol className="resume-lines" aria-label={label}>
      {lines.map((line, index) => (
        <li key={index} className={line.from === null ? 'resume-undated' : undefined}>
          <span className="resume-period">{line.from === null ? '（未注明年月）' : `${line.from}--${line.to ?? ''}`}</span>
          <span className="resume-text">{line.text}</span>
        </li>
      ))}
    </ol>
  )
}
