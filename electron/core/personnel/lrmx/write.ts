// writeLrmx: LrmxPerson → an .lrmx file the national editor opens (Version 3.2.x, UTF-8
// with a declaration, the photo as base64). Each date field is written in the width the
// editor and the tools reading its files expect (fields.ts): 出生年月, 入党时间, 参加工作时间
// as yyyyMM even when the app knows the day; 计算年龄时间, 填表时间 as yyyyMMdd, with day 01
// when only the month is known (those readers take the first eight digits as a date).
// Everything is escaped, so no value can add markup; readLrmx reads the result back.
import { isLrmxDate, lrmxDateDigits, lrmxDate, type LrmxDateValue, type LrmxPerson } from '../../../../shared/personnel/lrmx-types'
import { FAMILY_FIELDS, FAMILY_ITEM, FIELDS_BY_ELEMENT, PERSON_FIELDS, VERSION_4_ELEMENTS, WRITTEN_VERSION, type DateWidth, type FieldSpec } from './fields'
import { writePhoto } from './photo'
import { formatResume } from './resume'
import { isXmlChar } from './security'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' }

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all, not even as a reference, are dropped.
  const representable = Array.from(text).filter((char) => isXmlChar(char.codePointAt(0) ?? 0)).join('')
  return representable.replace(/[&<>"'\r]/gu, (char) => ESCAPES[char] ?? char)
}

/** A date's digits: as held (family members' dates), or in the field's width. Text that is no date stays as written. */
export function dateText(value: LrmxDateValue | null, width?: DateWidth): string {
  if (value === null) return ''
  if (!isLrmxDate(value)) return value.raw
  if (width === 6) return lrmxDateDigits(lrmxDate(value.year, value.month))
  if (width === 8) return lrmxDateDigits(lrmxDate(value.year, value.month, value.day ?? 1))
  return lrmxDateDigits(value)
}

const element = (indent: string, name: string, text: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`

function familyXml(person: LrmxPerson, name: string): string {
  const items = person.family.map((member) => {
    const fields = FAMILY_FIELDS.map((field) => {
      const value = member[field.key]
      return element('      ', field.element, typeof value === 'string' ? value : dateText(value))
    })
    return [`    <${FAMILY_ITEM}>`, ...fields, `    </${FAMILY_ITEM}>`].join('\n')
  })
  return items.length === 0 ? `  <${name}></${name}>` : [`  <${name}>`, ...items, `  </${name}>`].join('\n')
}

function fieldText(person: LrmxPerson, field: FieldSpec): string {
  switch (field.kind) {
    case 'text': return person[field.key]
    case 'date': return dateText(person[field.key], field.width)
    case 'education': return person[field.key][field.part]
    case 'resume': return formatResume(person.resume)
    case 'idNumber': return person.idNumber
    case 'photo': return writePhoto(person.photo)
    case 'version': return WRITTEN_VERSION
    case 'family': return ''
  }
}

const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u

function extraXml(person: LrmxPerson): string[] {
  return Object.entries(person.extra).map(([name, value]) => {
    // Extra names come from files this reader parsed; anything else is a programming error.
    if (!XML_NAME.test(name) || /^xml/iu.test(name) || FIELDS_BY_ELEMENT.has(name)) throw new Error(`不能写入的元素名：${name}`)
    return element('  ', name, value)
  })
}

export function writeLrmx(person: LrmxPerson): Buffer {
  const lines: string[] = []
  for (const field of PERSON_FIELDS) {
    if (field.kind === 'version') lines.push(...extraXml(person))
    if (field.kind === 'family') {
      lines.push(familyXml(person, field.element))
      continue
    }
    const text = fieldText(person, field)
    if (VERSION_4_ELEMENTS.has(field.element) && text === '') continue
    lines.push(element('  ', field.element, text))
  }
  return Buffer.from(['<?xml version="1.0" encoding="UTF-8"?>', '<Person>', ...lines, '</Person>', ''].join('\n'), 'utf8')
}
