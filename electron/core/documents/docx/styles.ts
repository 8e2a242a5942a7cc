import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx'
import { runFonts } from './fonts'
import { linePitch } from './page-setup'
import { sizes } from './text-runs'

// Document defaults: 仿宋 3号, characters 0.25 pt tighter so 28 fit a 156 mm line in any
// renderer, the language Simplified Chinese (without w:lang a word processor may take a
// Japanese face for the CJK fallback). The title style keeps one grid line per title line
// whatever the font's height; the free style (版头, tables, 版记) is not snapped to the grid.

export const titleStyleId = 'GongwenTitle'
export const freeStyleId = 'GongwenFree'

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: runFonts('body'), size: sizes.三号, characterSpacing: -5, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
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
    { id: freeStyleId, name: '公文不对齐网格', basedOn: 'Normal', paragraph: {}, run: {} },
  ],
}

const noGrid = (id: string) => new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?)(<w:pPr>|<w:rPr>|</w:style>)`, 'u')

/**
 * What docx cannot write (it only writes these switches when on): no widow control and no
 * punctuation hanging past the margin by default, so a page holds 22 full lines and
 * nothing prints outside the text block; no extra space between Chinese and digits (so a
 * 署名 centred over 2026年11月23日 is centred, and the preview measures the same); the
 * title and the free style not snapped to the grid.
 */
export function patchStylesXml(xml: string): string {
  let patched = xml.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>')
  for (const id of [titleStyleId, freeStyleId]) {
    patched = patched.replace(noGrid(id), (_, head: string, next: string) => (next === '<w:pPr>' ? `${head}<w:pPr><w:snapToGrid w:val="0"/>` : `${head}<w:pPr><w:snapToGrid w:val="0"/></w:pPr>${next}`))
  }
  return patched
}
