import { DocumentGridType, type ISectionPropertiesOptions } from 'docx'

// GB/T 9704-2012 5.2: A4, 版心 156 × 225 mm, top margin 37 mm, binding margin 28 mm,
// 22 lines of 28 characters. Word measures the page in twips (1/1440 inch).

export const twipsPerMm = 1440 / 25.4

export function mm(value: number): number {
  return Math.round(value * twipsPerMm)
}

export const page = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(26),
  bottom: mm(35),
} as const

/** 版心 width and height in twips. */
export const textWidth = page.width - page.left - page.right
export const textHeight = page.height - page.top - page.bottom

export const linesPerPage = 22
export const charsPerLine = 28

/** 3号 = 16 pt, in half-points (w:sz) and twips. */
export const bodySizeHalfPoints = 32
export const bodySizeTwips = 320

/** One grid line: 225 mm / 22 ≈ 28.95 pt. */
export const linePitch = Math.floor(textHeight / linesPerPage)

/** One grid character: 156 mm / 28 ≈ 15.8 pt, a little narrower than the 16 pt body type. */
export const charPitch = textWidth / charsPerLine

/** w:charSpace is the difference from the body type's width, in 1/4096 pt. */
export const charSpace = Math.round(((charPitch - bodySizeTwips) / 20) * 4096)

/** Width of `count` grid characters in twips (indents, tab stops). */
export function chars(count: number): number {
  return Math.round(count * charPitch)
}

/** The page number's line ends about 25 mm above the page edge, so its dashes sit 7 mm below the text block. */
const footerDistance = mm(25)

export const sectionProperties: ISectionPropertiesOptions = {
  page: {
    size: { width: page.width, height: page.height },
    margin: { top: page.top, left: page.left, right: page.right, bottom: page.bottom, header: mm(15), footer: footerDistance, gutter: 0 },
  },
  grid: { type: DocumentGridType.LINES, linePitch },
}
