import type { IFontAttributesProperties } from 'docx'

// GB/T 9704 fonts. The official names come first; the font table gives each one an
// alternative (w:altName) that Windows and WPS ship, so a machine without the
// 方正/GB2312 fonts shows 仿宋, 楷体 and 华文中宋 instead of a default Latin font.

export type FontRole = 'body' | 'hei' | 'kai' | 'title' | 'song'

interface FontFace {
  name: string
  altName: string
  /** PANOSE of the fallback face, which Word uses to find a similar font. */
  panose: string
  family: 'roman' | 'modern' | 'swiss'
}

const faces: Record<FontRole, FontFace> = {
  body: { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', family: 'modern' },
  hei: { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'modern' },
  kai: { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', family: 'modern' },
  title: { name: '方正小标宋简体', altName: '华文中宋', panose: '02010600040101010101', family: 'roman' },
  song: { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'roman' },
}

/** w:rFonts for a role: the same face for Chinese, Latin and digits. */
export function runFonts(role: FontRole): IFontAttributesProperties {
  const name = faces[role].name
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name }
}

export function fontName(role: FontRole): string {
  return faces[role].name
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
}

/** word/fontTable.xml naming every face with its alternative and the GB2312 character set. */
export function fontTableXml(): string {
  const fonts = Object.values(faces).map(
    (face) =>
      `<w:font w:name="${escapeXml(face.name)}"><w:altName w:val="${escapeXml(face.altName)}"/><w:panose1 w:val="${face.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${face.family}"/><w:pitch w:val="fixed"/></w:font>`,
  )
  const latin = '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    latin +
    '</w:fonts>'
  )
}
