// Bytes of an .lrmx file → text. The encoding comes from a byte order mark, else from the
// XML declaration (GB2312/GBK files say so there), else UTF-8 as XML prescribes. Decoding
// is strict: a file whose bytes do not fit its declared encoding is refused, never shown
// as mojibake.

export const MAX_LRMX_BYTES = 10 * 1024 * 1024

export type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; reason: string }

type Label = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

const BOMS: { bytes: number[]; label: Label }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], label: 'gb18030' },
]

/** Declared names we accept. GB2312 and GBK are subsets of GB18030, so one decoder reads all three. */
const DECLARED: Record<string, Label> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  cp936: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

const DISPLAY: Record<Label, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030' }

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** The encoding named in `<?xml … encoding="…"?>`, read from the ASCII-compatible head of the file. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256))
  const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']{1,40})["']/u.exec(head)
  return declaration?.[1]?.trim().toLowerCase() ?? null
}

/** UTF-16 without a BOM shows as '<' next to a zero byte. */
function bomlessUtf16(bytes: Uint8Array): Label | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le'
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be'
  return null
}

function chooseEncoding(bytes: Uint8Array): { label: Label; warnings: string[] } | { reason: string } {
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes))
  const utf16 = bom?.label.startsWith('utf-16') ? bom.label : bomlessUtf16(bytes)
  if (utf16) return { label: utf16, warnings: [] }
  const declared = declaredEncoding(bytes)
  const fromDeclaration = declared === null ? null : DECLARED[declared]
  if (declared !== null && fromDeclaration === undefined) return { reason: `编码无法识别（文件声明为 ${declared}，只支持 UTF-8、GB2312、GBK、GB18030）` }
  if (bom) {
    const differs = fromDeclaration != null && fromDeclaration !== bom.label
    return { label: bom.label, warnings: differs ? [`文件声明的编码 ${declared} 与开头的字节顺序标记不一致，已按 ${DISPLAY[bom.label]} 读取`] : [] }
  }
  return { label: fromDeclaration ?? 'utf-8', warnings: [] }
}

/** A binary file (a picture, a Word document) has control bytes, which XML text never holds, in its first kilobyte. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1024).some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
}

export function decodeLrmxBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: '文件为空' }
  if (bytes.length > MAX_LRMX_BYTES) return { ok: false, reason: `文件过大（超过 ${MAX_LRMX_BYTES / 1024 / 1024} MB），不是干部任免审批表` }
  const choice = chooseEncoding(bytes)
  if ('reason' in choice) return { ok: false, reason: choice.reason }
  if (!choice.label.startsWith('utf-16') && looksBinary(bytes)) return { ok: false, reason: '不是文本文件（可能是图片或其他二进制文件），不是干部任免审批表' }
  let text: string
  try {
    text = new TextDecoder(choice.label, { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: `编码无法识别：内容不是有效的 ${DISPLAY[choice.label]} 文本（文件声明的编码与实际不符或文件已损坏）` }
  }
  // XML reads every line ending as a line feed.
  text = text.replace(/\r\n?/gu, '\n')
  if (text.trim() === '') return { ok: false, reason: '文件为空' }
  return { ok: true, text, encoding: DISPLAY[choice.label], warnings: choice.warnings }
}
