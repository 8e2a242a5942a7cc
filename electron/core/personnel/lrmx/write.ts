// writeLrmx: LrmxPerson → an .lrmx file the national editor opens (Version 3.2.x, UTF-8
// with a declaration, dates as yyyyMM / yyyyMMdd, the photo as base64). Everything is
// escaped, so no value can add markup; readLrmx reads the result back to the same person.
import { isLrmxDate, lrmxDateDigits, type LrmxDateValue, type LrmxPerson } from '../../../../shared/personnel/lrmx-types'
import { FAMILY_FIELDS, FAMILY_ITEM, FIELDS_BY_ELEMENT, PERSON_FIELDS, VERSION_4_ELEMENTS, WRITTEN_VERSION, type FieldSpec } from './fields'
import { writePhoto } from './photo'
import { formatResume } from './resume'
import { isXmlChar } from './security'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' }

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all, not even as a reference, are dropped.
  const representable = Array.from(text).filter((char) => isXmlChar(char.codePointAt(0) ?? 0)).join('')
  return representable.replace(/[&<>"'\r]/gu, (char) => ESCAPES[char] ?? char)
}

function dateText(value: LrmxDateValue | null): string {
  if (value === null) return ''
  return isLrmxDate(value) ? lrmxDateDigits(value) : value.raw
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
    case 'date': return dateText(person[field.key])
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
