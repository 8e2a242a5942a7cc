// The check every .lrmx text passes BEFORE any XML parser sees it. The format uses no DTD,
// so a DOCTYPE, an entity or any other markup declaration can only be an attack (XXE reading
// local files, billion laughs): the file is refused whole, and nothing it names is ever read.
// Scanning the decoded text, not the bytes, also catches UTF-16 and GB18030 disguises.

export const HOSTILE_REASON = '文件含有 DOCTYPE/实体声明，可能是恶意文件，已拒绝'
export const EXTERNAL_REFERENCE_REASON = '文件含有指向外部资源的声明，可能是恶意文件，已拒绝'

/** Far more than a form with a large family holds (about 100 elements); bounds the parser's work. */
export const MAX_LRMX_ELEMENTS = 5000

/**
 * A declaration keyword after '<!' or '<?' (the latter is not XML, but must not slip through
 * either), anywhere, also inside comments and CDATA: a commented-out entity is one edit from
 * a live one. Escaped text (&lt;!DOCTYPE) is data and does not match.
 */
const DECLARATION = /<[!?]\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/iu
/** '<!' is only ever a comment or CDATA in a form; anything else is a declaration in disguise. */
const OTHER_BANG = /<!(?!--|\[CDATA\[)/u
/** A processing instruction that names something outside the file (a DTD, a stylesheet, a URL). */
const EXTERNAL_PI = /<\?(?!xml\s)[^>]*?(?:\bSYSTEM\b|\bPUBLIC\b|\bhref\s*=|[a-z]+:\/\/)/iu

/** Why the text must not be parsed, or null when it may be. */
export function refusalBeforeParsing(text: string): string | null {
  if (DECLARATION.test(text) || OTHER_BANG.test(text)) return HOSTILE_REASON
  if (EXTERNAL_PI.test(text)) return EXTERNAL_REFERENCE_REASON
  let elements = 0
  for (let index = text.indexOf('<'); index !== -1; index = text.indexOf('<', index + 1)) {
    elements += 1
    if (elements > MAX_LRMX_ELEMENTS * 2) return `文件含有的元素过多（超过 ${MAX_LRMX_ELEMENTS} 个），不是干部任免审批表`
  }
  return null
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

/**
 * The parser runs with entity processing off, so text arrives with references as written.
 * Only the five predefined entities and character references are resolved here: they
 * name no outside resource. Anything else stays as written.
 */
export function resolveCharacterReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos));/giu, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16)
    return isXmlChar(code) ? String.fromCodePoint(code) : whole
  })
}
