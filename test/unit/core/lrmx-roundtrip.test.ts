import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLrmx, writeLrmx } from '../../../electron/core/personnel/lrmx'
import { lrmxDate, type LrmxDateValue, type LrmxPerson } from '../../../shared/personnel/lrmx-types'
import { lrmxFixtureDir } from '../../support/fixtures'


function readBack(person: LrmxPerson): { person: LrmxPerson; warnings: string[]; xml: string } {
  const bytes = writeLrmx(person)
  const result = readLrmx(bytes, 'export.lrmx')
  if (!result.ok) throw new Error(`own export refused: ${result.reason}\n${bytes.toString('utf8')}`)
  return { ...result, xml: bytes.toString('utf8') }
}

const withoutVersion = (person: LrmxPerson): LrmxPerson => ({ ...person, version: '' })

describe('writeLrmx', () => {
  it.each(['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx', 'chen-gb2312.lrmx'])('%s re-imports to the same data', (fileName) => {
    const original = readLrmx(readFileSync(join(lrmxFixtureDir, fileName)), fileName)
    if (!original.ok) throw new Error(original.reason)
    const back = readBack(original.person)
    expect(withoutVersion(back.person)).toEqual(withoutVersion(original.person))
    expect(back.person.version).toBe('3.2.1.16')
    expect(back.warnings).toEqual(original.warnings)
  })

  it('writes Version 3.2.x, UTF-8 with a declaration, dates as yyyyMM / yyyyMMdd, the photo as base64', () => {
    const original = readLrmx(readFileSync(join(lrmxFixtureDir, 'li-retire-dotted-dates.lrmx')), 'li.lrmx')
    if (!original.ok) throw new Error(original.reason)
    const { xml } = readBack(original.person)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Person>\n')).toBe(true)
    expect(xml).toContain('<ChuShengNianYue>196605</ChuShengNianYue>')
    expect(xml).toContain('<JiSuanNianLingShiJian>20261120</JiSuanNianLingShiJian>')
    expect(xml).toContain('<ChuShengRiQi>196501</ChuShengRiQi>')
    expect(xml).toContain('<DaoLingNianYue>202605</DaoLingNianYue>')
    expect(xml).not.toContain('GaiGeQianRenZhiNianLingJieXian')
    expect(xml).toContain('<ZhaoPian>iVBORw0KGgo')
    expect(xml).toContain('<Version>3.2.1.16</Version>\n</Person>\n')
  })

  it('escapes every XML special, so no value adds markup', () => {
    const person = readLrmx(readFileSync(join(lrmxFixtureDir, 'zhang-promotion.lrmx')), 'z.lrmx')
    if (!person.ok) throw new Error(person.reason)
    const hostile = { ...person.person, name: '</XingMing><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;', extra: { BeiZhu: '"引号" \'单引号\' ]]>' } }
    const back = readBack(hostile)
    expect(back.xml).toContain('<XingMing>&lt;/XingMing&gt;&lt;!DOCTYPE x [&lt;!ENTITY e SYSTEM &quot;file:///etc/passwd&quot;&gt;]&gt;&amp;e;</XingMing>')
    expect(back.person.name).toBe(hostile.name)
    expect(back.person.extra).toEqual(hostile.extra)
  })

  it('refuses to write an element name that is not XML', () => {
    const person = readLrmx(readFileSync(join(lrmxFixtureDir, 'zhang-promotion.lrmx')), 'z.lrmx')
    if (!person.ok) throw new Error(person.reason)
    expect(() => writeLrmx({ ...person.person, extra: { 'a b': 'x' } })).toThrow('不能写入的元素名：a b')
    expect(() => writeLrmx({ ...person.person, extra: { XingMing: 'x' } })).toThrow('不能写入的元素名：XingMing')
  })
})

// Generated persons: Chinese text, XML specials, blanks of both widths, line breaks.
const CHARS = [...'张王李赵中共示例区委组织部党书记副乡长（）：、，。abcXYZ019', '<', '>', '&', '"', "'", ' ', '\u3000', '\n', '\r', '\t', '𠀋']
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 24 }).map((value) => value.trim())
const oneLine = fc.string({ unit: fc.constantFrom(...CHARS.filter((char) => !/[\n\r]/u.test(char))), maxLength: 16 }).map((value) => value.trim())

const date = fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }))
  .map(([year, month, day]) => lrmxDate(year, month, day))
const rawDate = fc.constantFrom({ raw: '198213' }, { raw: '不详' }, { raw: '约1990年' })
const dateValue: fc.Arbitrary<LrmxDateValue | null> = fc.oneof(date, fc.constant(null), rawDate)
/** Fields written as yyyyMM: a day the app holds is not written, so generated ones have none. */
const monthValue: fc.Arbitrary<LrmxDateValue | null> = fc.oneof(date.map((value) => lrmxDate(value.year, value.month)), fc.constant(null), rawDate)
/** Fields written as yyyyMMdd. */
const dayValue: fc.Arbitrary<LrmxDateValue | null> = fc.oneof(date.map((value) => lrmxDate(value.year, value.month, value.day ?? 28)), fc.constant(null), rawDate)
const yearMonth = date.map((value) => value.formatted)

/** Text lines of a résumé entry: none blank, none starting like a dated line. */
const resumeText = fc.array(oneLine.filter((line) => line !== '' && !/^[0-9０-９至]/u.test(line)), { maxLength: 3 }).map((lines) => lines.join('\n'))
const resumeLine = fc.record({ from: yearMonth, to: fc.oneof(yearMonth, fc.constant(null), fc.constant('至今')), text: resumeText })

const education = fc.record({ education: text, degree: text, educationSchool: text, degreeSchool: text })
const family = fc.record({ relation: oneLine, name: oneLine, birth: dateValue, politicalStatus: oneLine, workUnitAndPost: text })
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const photo = fc.option(
  fc.tuple(fc.constantFrom('png' as const, 'jpeg' as const), fc.uint8Array({ maxLength: 64 }))
    .map(([type, rest]) => ({ type, data: Buffer.concat([Buffer.from(type === 'png' ? PNG : JPEG), rest]) })),
  { nil: null },
)

const person: fc.Arbitrary<LrmxPerson> = fc.record({
  name: oneLine, sex: fc.constantFrom('男', '女', ''), birth: monthValue, ethnicity: oneLine, nativePlace: oneLine, birthplace: oneLine,
  partyJoined: monthValue, workStarted: monthValue, health: text, professionalTitle: text, specialty: text,
  fullTimeEducation: education, inServiceEducation: education, currentPost: text, proposedPost: text, postToRemove: text,
  resume: fc.array(resumeLine, { maxLength: 6 }), rewardsAndPunishments: text, annualAssessment: text, appointmentReasons: text,
  family: fc.array(family, { maxLength: 4 }), reportingUnit: text, ageReferenceDate: dayValue, filledOn: dayValue, filledBy: oneLine,
  idNumber: fc.constantFrom('', '11010519491231002X', '110111198203150000', '＜身份证＞&'), photo, version: fc.constant('3.2.1.16'),
  retirementDue: monthValue, preReformAgeLimit: text,
  extra: fc.dictionary(fc.constantFrom('BeiZhu', 'XianZhiJi', 'RenZhiShiJian', '扩展字段'), text, { maxKeys: 3 }),
})

describe('round trip of generated persons', () => {
  it('readLrmx(writeLrmx(p)).person equals p', () => {
    fc.assert(fc.property(person, (generated) => {
      expect(readBack(generated).person).toEqual(generated)
    }), { numRuns: 200 })
  })
})
