import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLrmx, writeLrmx } from '../../../electron/core/personnel/lrmx'
import { LRM_REFUSAL } from '../../../electron/core/personnel/lrmx/read-lrm'
import { formatResume, parseResume } from '../../../electron/core/personnel/lrmx/resume'
import { lrmxDate, type LrmxPerson } from '../../../shared/personnel/lrmx-types'
import { lrmxFixtureDir } from '../../support/fixtures'

// .lrmx as other tools write it (rmb_helper, ProfileEditor, LrmxToWord, a national exporter):
// six-digit résumé periods, every dash, 至今, empty and missing <Version>, canonical date
// widths on export, and the old .lrm (version 2) with its .pic photo.

const fixture = (name: string) => readFileSync(join(lrmxFixtureDir, name))

function read(name: string, picture?: Uint8Array | null) {
  const result = readLrmx(fixture(name), name, picture)
  if (!result.ok) throw new Error(`${name} was refused: ${result.reason}`)
  return result
}

function reread(person: LrmxPerson) {
  const bytes = writeLrmx(person)
  const result = readLrmx(bytes, 'export.lrmx')
  if (!result.ok) throw new Error(result.reason)
  return { ...result, xml: bytes.toString('utf8') }
}

const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`, 'u').exec(xml)?.[1]

describe('résumé periods as other tools write them', () => {
  const dated = (text: string) => {
    const warnings: string[] = []
    return { lines: parseResume(text, warnings), warnings }
  }

  it.each([
    ['199001--199601  某大学学习', '1990.01', '1996.01'],
    ['199001—199601  某大学学习', '1990.01', '1996.01'],
    ['199001-199601  某大学学习', '1990.01', '1996.01'],
    ['199001——199601某大学学习', '1990.01', '1996.01'],
    ['1990.01—1996.01  某大学学习', '1990.01', '1996.01'],
    ['1990.01-1996.01  某大学学习', '1990.01', '1996.01'],
    ['2004.07——2014.10  某大学学习', '2004.07', '2014.10'],
    ['1990.01 -- 1996.01  某大学学习', '1990.01', '1996.01'],
    ['１９９００１－－１９９６０１　某大学学习', '1990.01', '1996.01'],
    ['1990年1月--1996年1月  某大学学习', '1990.01', '1996.01'],
    ['199001--  某大学学习', '1990.01', null],
    ['199001--        某大学学习', '1990.01', null],
    ['1990.01—  某大学学习', '1990.01', null],
    ['199001--至今  某大学学习', '1990.01', '至今'],
    ['1990.01--至今 某大学学习', '1990.01', '至今'],
    ['1990.01至今 某大学学习', '1990.01', '至今'],
  ])('%s', (line, from, to) => {
    expect(dated(line)).toEqual({ lines: [{ from, to, text: '某大学学习' }], warnings: [] })
  })

  it('two six-digit lines are two dated entries, never one undated entry', () => {
    expect(dated('199001--199601  某大学学习\n199601--200003  某局科员').lines).toEqual([
      { from: '1990.01', to: '1996.01', text: '某大学学习' },
      { from: '1996.01', to: '2000.03', text: '某局科员' },
    ])
  })

  it('indented and bracketed lines, (其中:…) included, continue the entry above', () => {
    const { lines, warnings } = dated('200809--201504  红星镇副镇长\n                (其中:201009--201207在省委党校学习)\n（其间：挂职锻炼）\n201504--  镇长')
    expect(lines).toEqual([
      { from: '2008.09', to: '2015.04', text: '红星镇副镇长\n(其中:201009--201207在省委党校学习)\n（其间：挂职锻炼）' },
      { from: '2015.04', to: null, text: '镇长' },
    ])
    expect(warnings).toEqual([])
  })

  it('a line the reader cannot date is kept on its own with a warning, never joined to a dated line', () => {
    const { lines, warnings } = dated('199001--199601  某大学学习\n借调市局工作\n19900--199601  错位\n199013--199601  无效月份\n1990.01某大学\n199601--  科员')
    expect(lines).toEqual([
      { from: '1990.01', to: '1996.01', text: '某大学学习' },
      { from: null, to: null, text: '借调市局工作\n19900--199601  错位\n199013--199601  无效月份\n1990.01某大学' },
      { from: '1996.01', to: null, text: '科员' },
    ])
    expect(warnings).toEqual([
      '简历第 2 行没有可识别的起止年月，已单独保留为未注明年月的一行：借调市局工作',
      '简历第 3 行没有可识别的起止年月，已单独保留为未注明年月的一行：19900--199601  错位',
      '简历第 4 行的起止年月无效，已单独保留为未注明年月的一行：199013--199601  无效月份',
      '简历第 5 行没有可识别的起止年月，已单独保留为未注明年月的一行：1990.01某大学',
    ])
  })

  it('a to-date glued to the dash that is no date is invalid; seven digits are not six', () => {
    expect(dated('1990.01--1996.1x  某').warnings).toEqual([])
    expect(dated('1990.01--19960  某').warnings).toEqual(['简历第 1 行的起止年月无效，已单独保留为未注明年月的一行：1990.01--19960  某'])
    expect(dated('1990011--1996  某').lines[0]!.from).toBeNull()
  })

  it('至今 is written back as --至今, an open end as --', () => {
    expect(formatResume([{ from: '2019.11', to: '至今', text: '局长' }, { from: '2019.11', to: null, text: '兼任' }])).toBe('2019.11--至今       局长\n2019.11--         兼任')
  })
})

describe('fixtures written the way other tools write them', () => {
  it('wang-six-digit-resume: six-digit periods and every dash read as dated lines; 至今 kept; empty Version stays empty', () => {
    const { person, warnings } = read('wang-six-digit-resume.lrmx')
    expect(warnings).toEqual([])
    expect(person.resume).toEqual([
      { from: '1990.09', to: '1994.07', text: '某某大学经济管理系经济管理专业学习' },
      { from: '1994.07', to: '1999.12', text: '示例区财政局科员' },
      { from: '1999.12', to: '2003.06', text: '示例区财政局预算股副股长' },
      { from: '2003.06', to: '2008.09', text: '示例区财政局预算股股长' },
      { from: '2008.09', to: '2015.04', text: '示例区红星镇副镇长\n(其中:201009--201207在省委党校经济管理专业在职大学学习)' },
      { from: '2015.04', to: '2019.11', text: '示例区红星镇党委副书记、镇长' },
      { from: '2019.11', to: '至今', text: '示例区财政局局长' },
    ])
    expect(person.birth).toEqual({ year: 1972, month: 3, day: 15, formatted: '1972.03' })
    expect(person.version).toBe('')
  })

  it('zhao-dash-variants: long dashes, （其间：…）, an undatable line kept with a warning; missing Version stays empty', () => {
    const { person, warnings } = read('zhao-dash-variants.lrmx')
    expect(person.resume.map((line) => [line.from, line.to])).toEqual([
      ['1998.09', '2002.07'], ['2002.07', '2004.07'], ['2004.07', '2014.10'], [null, null], ['2014.10', '2021.03'], ['2021.03', null],
    ])
    expect(person.resume[2]!.text).toBe('示例区教育局办公室科员、副主任\n（其间：2006.09--2009.07在某某大学教育管理专业在职研究生学习）')
    expect(person.resume[3]!.text).toBe('借调市教育局工作半年')
    expect(warnings).toEqual(['简历第 5 行没有可识别的起止年月，已单独保留为未注明年月的一行：借调市教育局工作半年'])
    expect(person.version).toBe('')
    expect(person.filledOn).toEqual({ year: 2026, month: 11, day: 18, formatted: '2026.11' })
  })

  it.each(['wang-six-digit-resume.lrmx', 'zhao-dash-variants.lrmx', 'zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx', 'chen-gb2312.lrmx'])(
    '%s: read → write → read gives the same form, the export states its version, dates in their canonical widths',
    (name) => {
      const original = read(name)
      const back = reread(original.person)
      const sixDigitsOnly = (person: LrmxPerson): LrmxPerson => {
        const month = (value: LrmxPerson['birth']) => (value && 'formatted' in value ? lrmxDate(value.year, value.month) : value)
        return { ...person, version: '', birth: month(person.birth), partyJoined: month(person.partyJoined), workStarted: month(person.workStarted), retirementDue: month(person.retirementDue) }
      }
      expect(sixDigitsOnly(back.person)).toEqual(sixDigitsOnly(original.person))
      expect(back.warnings).toEqual(original.warnings)
      expect(back.person.version).toBe('3.2.1.16')
      for (const six of ['ChuShengNianYue', 'RuDangShiJian', 'CanJiaGongZuoShiJian']) expect(element(back.xml, six)).toMatch(/^\d{6}$/u)
      for (const eight of ['JiSuanNianLingShiJian', 'TianBiaoShiJian']) expect(element(back.xml, eight)).toMatch(/^\d{8}$/u)
      // Written again, the export is the same file.
      expect(writeLrmx(back.person).toString('utf8')).toBe(back.xml)
    },
  )

  it('the day a source gave for 出生年月 stays in the app, the export writes yyyyMM; 至今 survives the export', () => {
    const { person } = read('wang-six-digit-resume.lrmx')
    const { xml } = reread(person)
    expect(element(xml, 'ChuShengNianYue')).toBe('197203')
    expect(xml).toContain('2019.11--至今')
    expect(element(xml, 'Version')).toBe('3.2.1.16')
  })

  it('dotted and month-only values of the eight-digit fields are written as yyyyMMdd', () => {
    const { person } = read('zhao-dash-variants.lrmx')
    const { xml, person: back } = reread({ ...person, ageReferenceDate: lrmxDate(2026, 11), birth: lrmxDate(1980, 7, 9) })
    expect(element(xml, 'TianBiaoShiJian')).toBe('20261118')
    // Only the month known: the readers want eight digits, so the first of the month.
    expect(element(xml, 'JiSuanNianLingShiJian')).toBe('20261101')
    expect(back.ageReferenceDate).toEqual({ year: 2026, month: 11, day: 1, formatted: '2026.11' })
    expect(element(xml, 'ChuShengNianYue')).toBe('198007')
    expect(element(xml, 'CanJiaGongZuoShiJian')).toBe('200207')
  })

  it('text that is no date is written as it was', () => {
    const { person } = read('zhao-dash-variants.lrmx')
    const { xml } = reread({ ...person, partyJoined: { raw: '不详' }, filledOn: { raw: '2026年底' } })
    expect(element(xml, 'RuDangShiJian')).toBe('不详')
    expect(element(xml, 'TianBiaoShiJian')).toBe('2026年底')
  })
})

describe('the old .lrm (version 2) with its .pic', () => {
  const pic = fixture('sun-v2.pic')

  it('reads name, sex, birth, ethnicity, ID number and résumé by their shape, the photo from the .pic, and says what it left out', () => {
    const { person, warnings } = read('sun-v2.lrm', pic)
    expect(person).toMatchObject({ name: '孙卫东', sex: '男', ethnicity: '汉族', idNumber: '110105196811200031', birth: { year: 1968, month: 11, formatted: '1968.11' }, version: '' })
    expect(person.resume.map((line) => [line.from, line.to, line.text])).toEqual([
      ['1985.09', '1989.07', '某某农业大学农学系学习'],
      ['1989.07', '1995.03', '示例区农业局科员'],
      ['1995.03', '2003.06', '示例区农业局副局长'],
      ['2003.06', null, '示例区农业农村局局长'],
    ])
    expect(person.photo?.type).toBe('jpeg')
    expect(Buffer.from(person.photo!.data).equals(pic)).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^旧版 \.lrm 文件（版本 2）：其字段顺序未公开.*其余 \d+ 项未导入.*另存为 \.lrmx/u)
  })

  it('without its .pic: imported without a photo, with a warning', () => {
    const { person, warnings } = read('sun-v2.lrm')
    expect(person.photo).toBeNull()
    expect(warnings).toContain('没有同时选择同名的照片文件（.pic），未导入照片')
    expect(read('sun-v2.lrm', Buffer.from('GIF89a')).warnings).toContain('同名的照片文件（.pic）不是 JPEG 或 PNG 图片，未导入照片')
  })

  it('a version-2 file whose fields cannot be placed is refused naming the old format and the way out, never as "not UTF-8"', () => {
    const result = readLrmx(fixture('unreadable-v2.lrm'), 'unreadable-v2.lrm')
    expect(result).toEqual({ ok: false, fileName: 'unreadable-v2.lrm', reason: LRM_REFUSAL })
    expect(LRM_REFUSAL).toContain('.lrm')
    expect(LRM_REFUSAL).toContain('另存为 .lrmx')
    expect(LRM_REFUSAL).not.toContain('UTF-8')
  })

  it('told by content too: an .lrm renamed .lrmx, and bytes that are not GB2312 at all', () => {
    expect(readLrmx(fixture('sun-v2.lrm'), '孙卫东.lrmx')).toMatchObject({ ok: true, person: { name: '孙卫东' } })
    expect(readLrmx(Buffer.from([0x22, 0xff, 0xff, 0x22]), 'x.lrm')).toMatchObject({ ok: false, reason: LRM_REFUSAL })
    expect(readLrmx(Buffer.from('"孙卫东","男"'), 'x.lrm')).toMatchObject({ ok: false, reason: LRM_REFUSAL })
  })
})
