import { TextRun } from 'docx'
import type { TextRun as ModelRun } from '../../../../shared/documents/model'
import { runFonts, type FontRole } from './fonts'

// Runs with the GB/T 9704 faces and sizes: sizes in half-points (3号 = 32, 2号 = 44, 4号 = 28).

export const sizes = { 二号: 44, 三号: 32, 四号: 28 } as const

export function styledRun(text: string, role: FontRole, size: number = sizes.三号, extra: { bold?: boolean; color?: string; breakBefore?: boolean } = {}): TextRun {
  return new TextRun({ text, font: runFonts(role), size, bold: extra.bold, color: extra.color, break: extra.breakBefore ? 1 : undefined })
}

export function modelRun(run: ModelRun): TextRun {
  return styledRun(run.text, run.font ?? 'body', sizes.三号, { bold: run.bold })
}

export { widthInChars } from '../../../../shared/documents/text-width'
