import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx'
import { runFonts } from './fonts'
import { linePitch } from './page-setup'
import { sizes } from './text-runs'

// Document defaults: 仿宋 3号, characters 0.25 pt tighter so 28 fit a 156 mm line in any
// renderer. The title style keeps one grid line per title line whatever the font's height.

export const titleStyleId = 'GongwenTitle'

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: runFonts('body'), size: sizes.三号, characterSpacing: -5 },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    {
      id: titleStyleId,
      name: '公文标题',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: linePitch, lineRule: LineRuleType.EXACT } },
      run: { font: runFonts('title'), size: sizes.二号 },
    },
  ],
}

/**
 * What docx cannot write (it only writes these switches when on): no widow control and no
 * punctuation hanging past the margin by default, so a page holds 22 full lines and
 * nothing prints outside the text block; the title not snapped to the grid.
 */
export function patchStylesXml(xml: string): string {
  return xml
    .replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>')
    .replace(new RegExp(`(<w:style [^>]*w:styleId="${titleStyleId}"[^>]*>[\\s\\S]*?<w:pPr>)`, 'u'), '$1<w:snapToGrid w:val="0"/>')
}
