// The old approval form file (.lrm, version 2): GB2312 text of quoted fields separated by
// '","', the photo in a .pic file of the same name beside it. Its field order was never
// published, so nothing here trusts a position alone. What can be told from the text
// itself is read: 性别 is the one field that is exactly 男 or 女; 姓名 the Chinese name
// just before it; 出生年月 the date just after it; 民族 a short field ending in 族; the ID
// number by its checksum; the résumé as the field of dated lines. Everything else is left
// out with a warning that says so. A file without those anchors is refused, naming the
// old format and how to convert it, never read as if it were something else.
import { emptyLrmxPerson, isValidIdNumber, parseLrmxDate, type LrmxPerson, type LrmxResult } from '../../../../shared/personnel/lrmx-types'
import { MAX_LRMX_BYTES } from './decode'
import { photoType } from './photo'
import { readResume } from './resume'

export const LRM_REFUSAL = '这是旧版任免审批表文件（.lrm，版本 2），无法从文件确定其字段顺序，未导入。请在任免审批表软件中打开它，另存为 .lrmx 后再导入。'

const SEPARATOR = '","'
const QUOTE = 0x22

/** By name (.lrm), or by content: a quoted field list where XML would open with '<'. */
export function looksLikeLrm(fileName: string, bytes: Uint8Array): boolean {
  if (/\.lrm$/iu.test(fileName)) return true
  const first = bytes.findIndex((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a)
  if (first === -1 || bytes[first] !== QUOTE) return false
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).includes(SEPARATOR)
}

function fieldsOf(bytes: Uint8Array): string[] | null {
  let text: string
  try {
    // GB2312 and GBK are subsets of GB18030.
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  const body = text.replace(/\r\n?/gu, '\n').trim()
  if (!body.startsWith('"') || !body.endsWith('"') || !body.includes(SEPARATOR)) return null
  return body.slice(1, -1).split(SEPARATOR)
}

const NAME = /^[\p{Script=Han}·•]{2,8}$/u
const ETHNICITY = /^[\p{Script=Han}]{1,8}族$/u

/** The fields this reader can place by their shape, and how many it could not. */
function personOf(fields: string[], warnings: string[]): { person: LrmxPerson; unread: number } | null {
  const sexIndex = fields.findIndex((field) => field.trim() === '男' || field.trim() === '女')
  if (sexIndex < 1) return null
  const name = (fields[sexIndex - 1] ?? '').trim()
  if (!NAME.test(name)) return null
  const person = emptyLrmxPerson()
  const used = new Set([sexIndex - 1, sexIndex])
  person.name = name
  person.sex = (fields[sexIndex] ?? '').trim()
  const birthText = (fields[sexIndex + 1] ?? '').trim()
  const birth = parseLrmxDate(birthText)
  if (birth) {
    person.birth = birth
    used.add(sexIndex + 1)
  } else warnings.push('旧版 .lrm 文件中性别之后的字段不是出生年月，出生年月未导入')
  fields.forEach((raw, index) => {
    if (used.has(index)) return
    const field = raw.trim()
    if (person.ethnicity === '' && index > sexIndex && ETHNICITY.test(field)) {
      person.ethnicity = field
      used.add(index)
    } else if (person.idNumber === '' && isValidIdNumber(field)) {
      person.idNumber = field.toUpperCase()
      used.add(index)
    } else if (person.resume.length === 0 && field.includes('\n')) {
      const { lines, problems } = readResume(raw)
      if (lines.filter((line) => line.from !== null).length >= 2) {
        person.resume = lines
        warnings.push(...problems.map((problem) => problem.message))
        used.add(index)
      }
    }
  })
  const unread = fields.filter((field, index) => !used.has(index) && field.trim() !== '').length
  return { person, unread }
}

/**
 * Reads an .lrm file with its .pic photo: `picture` is the .pic's bytes, null when the
 * .pic chosen with it is empty or unreadable, undefined when none was chosen.
 */
export function readLrm(bytes: Uint8Array, fileName: string, picture?: Uint8Array | null): LrmxResult {
  if (bytes.length > MAX_LRMX_BYTES) return { ok: false, fileName, reason: `${LRM_REFUSAL}（文件过大）` }
  const fields = fieldsOf(bytes)
  if (fields === null) return { ok: false, fileName, reason: LRM_REFUSAL }
  const warnings: string[] = []
  const read = personOf(fields, warnings)
  if (read === null) return { ok: false, fileName, reason: LRM_REFUSAL }
  const { person, unread } = read
  warnings.unshift(
    `旧版 .lrm 文件（版本 2）：其字段顺序未公开，只能按内容识别姓名、性别、出生年月、民族、身份证号和简历${unread > 0 ? `，其余 ${unread} 项未导入` : ''}。如需完整信息，请在任免审批表软件中另存为 .lrmx 后导入。`,
  )
  if (picture === undefined) warnings.push('没有同时选择同名的照片文件（.pic），未导入照片')
  else if (picture === null || picture.length === 0) warnings.push('同名的照片文件（.pic）是空的或无法读取，未导入照片')
  else {
    const type = photoType(picture)
    if (type === null) warnings.push('同名的照片文件（.pic）不是 JPEG 或 PNG 图片，未导入照片')
    else person.photo = { type, data: Buffer.from(picture) }
  }
  if (person.idNumber === '') warnings.push('旧版 .lrm 文件中没有找到校验正确的身份证号')
  return { ok: true, fileName, person, warnings }
}
