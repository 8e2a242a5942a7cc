import { BorderStyle, Paragraph, TabStopType } from 'docx'
import { chars, textWidth } from './page-setup'
import { sizes, styledRun, widthInChars } from './text-runs'

// 版记 (GB/T 9704 7.4): 4号 仿宋, one character in from both sides, the first and last
// rules thicker (0.35 mm) and the ones between thin (0.25 mm).

const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 }
const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 }

export function colophonParagraphs(lines: { label: string; text: string }[], printer: { office: string; date: string } | undefined): Paragraph[] {
  const entries: { left: string; right?: string; label: number }[] = lines.map((line) => ({ left: `${line.label}：${line.text}`, label: widthInChars(line.label) + 1 }))
  if (printer) entries.push({ left: printer.office, right: `${printer.date}印发`, label: 0 })
  const last = entries.length - 1
  return [
    new Paragraph({ children: [] }),
    ...entries.map(
      (entry, i) =>
        new Paragraph({
          // Kept on one page; wrapped lines align after the colon.
          keepLines: true,
          keepNext: i < last,
          indent: { left: chars(1 + entry.label), hanging: chars(entry.label), right: chars(1) },
          border: { top: i === 0 ? thick : thin, ...(i === last ? { bottom: thick } : {}) },
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth - chars(1) }],
          children: [styledRun(entry.left, 'body', sizes.四号), ...(entry.right ? [styledRun(`\t${entry.right}`, 'body', sizes.四号)] : [])],
        }),
    ),
  ]
}
