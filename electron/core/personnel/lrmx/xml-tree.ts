// Text that passed the security check → a tree of elements. fast-xml-parser runs with
// entity processing OFF (no DOCTYPE is read, no entity expanded, nothing outside the file
// fetched); the predefined entities and character references are resolved by us after.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { resolveCharacterReferences } from './security'

/** An element with its children in document order; text and CDATA as strings. */
export interface XmlElement {
  name: string
  children: (XmlElement | string)[]
}

/** fast-xml-parser's preserveOrder nodes: one key naming the node, ':@' for attributes. */
type OrderedNode = Record<string, unknown>

const MAX_DEPTH = 16

const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  maxNestedTags: MAX_DEPTH,
})

function nodeName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@')
}

function convert(nodes: unknown, inCdata = false): (XmlElement | string)[] {
  if (!Array.isArray(nodes)) return []
  const converted: (XmlElement | string)[] = []
  for (const node of nodes as OrderedNode[]) {
    const name = nodeName(node)
    if (name === undefined) continue
    const value = node[name]
    if (name === '#text') converted.push(inCdata ? String(value) : resolveCharacterReferences(String(value)))
    else if (name === '#cdata') converted.push(...convert(value, true))
    else converted.push({ name, children: convert(value) })
  }
  return converted
}

/** The line where the file stops: a truncated file is reported where it breaks off. */
function lastLine(text: string): number {
  return text.trimEnd().split('\n').length
}

export type ParsedXml = { ok: true; root: XmlElement } | { ok: false; reason: string }

export function parseXmlTree(text: string): ParsedXml {
  const validation = XMLValidator.validate(text)
  if (validation !== true) {
    const { msg, line } = validation.err
    // Unclosed elements are reported as a list at line 1; the break is at the end of the file.
    const unclosed = msg.startsWith("Invalid '[")
    return { ok: false, reason: `文件不完整或格式错误（第 ${unclosed ? lastLine(text) : line} 行${unclosed ? '：文件在元素结束前中断' : ''}）` }
  }
  let nodes: unknown
  try {
    nodes = parser.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (message.includes('nested')) return { ok: false, reason: `文件结构嵌套过深（超过 ${MAX_DEPTH} 层），不是干部任免审批表` }
    if (message.includes('[SECURITY]')) return { ok: false, reason: '文件含有不允许的元素名，已拒绝' }
    return { ok: false, reason: '文件不完整或格式错误' }
  }
  const root = convert(nodes).find((node): node is XmlElement => typeof node !== 'string')
  if (root?.name !== 'Person') return { ok: false, reason: '不是干部任免审批表（缺少 Person 根元素）' }
  return { ok: true, root }
}

export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string')
}

/** All text inside an element, nested elements included, as written (not trimmed). */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('')
}
