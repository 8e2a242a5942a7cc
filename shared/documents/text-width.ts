// Printed widths in characters (a Chinese character is one, a digit or Latin letter half)
// and the breaking of 标题 into balanced lines, shared by the .docx and the preview so
// both break a long title at the same place.

export function widthInChars(text: string): number {
  let width = 0
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1
  return width
}

/** A 2号 title line holds about 20 characters of the 28-character body line. */
export const titleCharsPerLine = 20

const closing = /^[，。、；：！？）》”』」]/u
const isDigit = (char: string | undefined) => char !== undefined && /[0-9A-Za-z]/u.test(char)

/**
 * 标题 lines: as written when the text has line breaks; else one line when it fits
 * comfortably, or lines of nearly equal length (GB/T 9704 7.3.1 asks for a balanced shape,
 * 梯形或菱形), never breaking inside a number or before a closing mark.
 */
export function titleLines(text: string): string[] {
  if (text.includes('\n')) return text.split('\n').map((line) => line.trim()).filter(Boolean)
  const total = widthInChars(text)
  if (total <= titleCharsPerLine - 2) return [text]
  const count = Math.ceil(total / (titleCharsPerLine - 2))
  const chars = [...text]
  const lines: string[] = []
  let start = 0
  for (let line = 1; line < count; line += 1) {
    const target = (total * line) / count
    let best = -1
    let bestDistance = Number.POSITIVE_INFINITY
    let width = widthInChars(chars.slice(0, start).join(''))
    for (let i = start + 1; i < chars.length; i += 1) {
      width += widthInChars(chars[i - 1]!)
      if ((isDigit(chars[i - 1]) && isDigit(chars[i])) || closing.test(chars[i]!)) continue
      const distance = Math.abs(width - target)
      if (distance < bestDistance) {
        best = i
        bestDistance = distance
      }
    }
    if (best < 0) break
    lines.push(chars.slice(start, best).join(''))
    start = best
  }
  lines.push(chars.slice(start).join(''))
  return lines
}
