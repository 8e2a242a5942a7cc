// Which of the 公文 fonts this machine has, asked of Chromium itself: text drawn in
// "<font>, <generic>" is measured against the generic alone, for three generics; a font
// that is not installed falls back to the generic and measures the same every time. Latin
// and digits are measured, since CJK glyphs are one em wide in nearly every font.
// The stacks are documents.css's; a missing official font prints in the first one found.

export type FontRole = 'body' | 'title' | 'hei' | 'kai'

export interface FontStack {
  role: FontRole
  /** 正文, 标题 … */
  use: string
  official: string
  fallbacks: string[]
}

export const gongwenFontStacks: FontStack[] = [
  { role: 'body', use: '正文（3号仿宋）', official: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'] },
  { role: 'title', use: '标题、发文机关标志', official: '方正小标宋简体', fallbacks: ['华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Noto Serif CJK SC'] },
  { role: 'hei', use: '一级标题（一、）、密级', official: '黑体', fallbacks: ['SimHei', 'Noto Sans CJK SC'] },
  { role: 'kai', use: '二级标题（（一））', official: '楷体_GB2312', fallbacks: ['楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'] },
]

const sample = 'mmmmmmmmmwwwwwiiiilll0123456789ABCDEFGHgqyj'
const generics = ['monospace', 'serif', 'sans-serif'] as const

let context: CanvasRenderingContext2D | null | undefined

function width(font: string): number {
  context ??= document.createElement('canvas').getContext('2d')
  if (!context) return 0
  context.font = `72px ${font}`
  return context.measureText(sample).width
}

export function fontInstalled(name: string): boolean {
  const quoted = `"${name.replace(/"/gu, '')}"`
  return generics.some((generic) => Math.abs(width(`${quoted}, ${generic}`) - width(generic)) > 0.5)
}

export interface FontStackCheck extends FontStack {
  officialInstalled: boolean
  installedFallbacks: string[]
  /** The font the text will actually print in. */
  used: string
}

export function checkFontStack(stack: FontStack): FontStackCheck {
  const officialInstalled = fontInstalled(stack.official)
  const installedFallbacks = stack.fallbacks.filter(fontInstalled)
  const used = officialInstalled ? stack.official : (installedFallbacks[0] ?? '系统默认字体')
  return { ...stack, officialInstalled, installedFallbacks, used }
}

export function checkGongwenFonts(): FontStackCheck[] {
  return gongwenFontStacks.map(checkFontStack)
}

/** The warning shown before 导出/打印 when the body would not print in 仿宋_GB2312; null when it will. */
export function bodyFontWarning(): string | null {
  const body = checkFontStack(gongwenFontStacks[0]!)
  if (body.officialInstalled) return null
  return `本机未安装${body.official}，正文将以“${body.used}”打印（导出的 .docx 在装有该字体的电脑上仍按${body.official}显示）。可在 设置 → 公文 查看字体情况。`
}
