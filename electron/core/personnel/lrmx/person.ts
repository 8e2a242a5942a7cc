// The <Person> element → LrmxPerson. Problems inside one field (a date that is not a date,
// an ID number that fails its checksum, a photo that is not a picture) become warnings: the
// rest of the form is still worth importing, and the person previewing it decides.
import {
  emptyLrmxPerson, isValidIdNumber, parseLrmxDate,
  type LrmxDateValue, type LrmxFamilyMember, type LrmxPerson,
} from '../../../../shared/personnel/lrmx-types'
import { FAMILY_FIELDS, FAMILY_ITEM, FIELDS_BY_ELEMENT, PERSON_FIELDS } from './fields'
import { readPhoto } from './photo'
import { parseResume } from './resume'
import { elementChildren, textContent, type XmlElement } from './xml-tree'

function readDate(text: string, label: string, warnings: string[]): LrmxDateValue | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const date = parseLrmxDate(trimmed)
  if (date) return date
  warnings.push(`${label}“${trimmed}”不是有效日期，已保留原文`)
  return { raw: trimmed }
}

/** Children by element name, first one wins; a repeated or nested unknown element is reported. */
function byName(elements: XmlElement[], where: string, warnings: string[]): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>()
  for (const element of elements) {
    if (found.has(element.name)) warnings.push(`${where}元素 ${element.name} 出现多次，只读取了第一个`)
    else found.set(element.name, element)
  }
  return found
}

function readFamily(element: XmlElement, warnings: string[]): LrmxFamilyMember[] {
  const members: LrmxFamilyMember[] = []
  for (const item of elementChildren(element)) {
    if (item.name !== FAMILY_ITEM) {
      warnings.push(`家庭主要成员中有未识别的元素 ${item.name}，已忽略`)
      continue
    }
    const fields = byName(elementChildren(item), '家庭成员', warnings)
    const value = (name: string) => textContent(fields.get(name) ?? { name, children: [] }).trim()
    const member: LrmxFamilyMember = { relation: '', name: '', birth: null, politicalStatus: '', workUnitAndPost: '' }
    for (const field of FAMILY_FIELDS) {
      if (field.key === 'birth') member.birth = readDate(value(field.element), `家庭成员“${value('XingMing')}”的${field.label}`, warnings)
      else member[field.key] = value(field.element)
    }
    for (const name of fields.keys()) {
      if (!FAMILY_FIELDS.some((field) => field.element === name)) warnings.push(`家庭成员中有未识别的元素 ${name}，已忽略`)
    }
    members.push(member)
  }
  return members
}

/** `photoBase64`: the ZhaoPian text when the reader took it out before parsing (read.ts). */
export function readPerson(root: XmlElement, warnings: string[], photoBase64?: string): LrmxPerson {
  const person = emptyLrmxPerson()
  const elements = byName(elementChildren(root), '', warnings)
  for (const field of PERSON_FIELDS) {
    const element = elements.get(field.element)
    if (element === undefined) continue
    const text = textContent(element)
    switch (field.kind) {
      case 'text': person[field.key] = text.trim(); break
      case 'date': person[field.key] = readDate(text, field.label, warnings); break
      case 'education': person[field.key][field.part] = text.trim(); break
      case 'resume': person.resume = parseResume(text, warnings); break
      case 'family': person.family = readFamily(element, warnings); break
      case 'photo': person.photo = readPhoto(photoBase64 ?? text, warnings); break
      case 'version': person.version = text.trim(); break
      case 'idNumber':
        person.idNumber = text.trim()
        if (person.idNumber !== '' && !isValidIdNumber(person.idNumber)) warnings.push(`身份证号“${person.idNumber}”校验不通过（GB 11643），请核对`)
        break
    }
  }
  for (const [name, element] of elements) {
    if (FIELDS_BY_ELEMENT.has(name)) continue
    if (elementChildren(element).length > 0) warnings.push(`未识别的元素 ${name} 含有子元素，只保留了其中的文字`)
    person.extra[name] = textContent(element).trim()
  }
  if (person.name === '') warnings.push('表中没有填写姓名')
  return person
}
