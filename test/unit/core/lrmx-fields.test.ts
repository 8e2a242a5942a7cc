import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLrmx } from '../../../electron/core/personnel/lrmx'
import { readPhoto } from '../../../electron/core/personnel/lrmx/photo'
import { formatResume, parseResume } from '../../../electron/core/personnel/lrmx/resume'
import { isValidIdNumber, lrmxDate, lrmxDateDigits, parseLrmxDate, showLrmxDate } from '../../../shared/personnel/lrmx-types'
import { lrmxFixtureDir } from '../../support/fixtures'

const zhang = readFileSync(join(lrmxFixtureDir, 'zhang-promotion.lrmx'), 'utf8')

function readEdited(replace: [string, string][]) {
  const text = replace.reduce((current, [from, to]) => {
    expect(current).toContain(from)
    return current.replace(from, to)
  }, zhang)
  const result = readLrmx(Buffer.from(text, 'utf8'), 'edited.lrmx')
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('dates', () => {
  it.each([
    ['198203', lrmxDate(1982, 3)],
    ['19820315', lrmxDate(1982, 3, 15)],
    ['1982.03', lrmxDate(1982, 3)],
    ['1982.3', lrmxDate(1982, 3)],
    ['1982.03.15', lrmxDate(1982, 3, 15)],
    ['1982-03', lrmxDate(1982, 3)],
    ['1982-03-15', lrmxDate(1982, 3, 15)],
    ['1982/03', lrmxDate(1982, 3)],
    ['1982年3月', lrmxDate(1982, 3)],
    ['1982年03月15日', lrmxDate(1982, 3, 15)],
    ['１９８２．０３', lrmxDate(1982, 3)],
    [' 1982.03 ', lrmxDate(1982, 3)],
    ['20000229', lrmxDate(2000, 2, 29)],
  ])('%s', (text, expected) => {
    expect(parseLrmxDate(text)).toEqual(expected)
  })

  it.each(['198213', '198200', '1982.13', '19820230', '19010229', '1982', '82.03', '1982.03.32', '不详', '', '1982年13月', '0000.01'])('refuses %j', (text) => {
    expect(parseLrmxDate(text)).toBeNull()
  })

  it('formats for the form and for the file', () => {
    expect(lrmxDate(1966, 5).formatted).toBe('1966.05')
    expect(lrmxDateDigits(lrmxDate(1966, 5))).toBe('196605')
    expect(lrmxDateDigits(lrmxDate(2026, 11, 2))).toBe('20261102')
    expect(showLrmxDate(lrmxDate(2026, 11, 2))).toBe('2026.11')
    expect(showLrmxDate({ raw: '198213' })).toBe('198213')
    expect(showLrmxDate(null)).toBe('')
  })

  it('an invalid date in a file: a warning, and the text kept', () => {
    const { person, warnings } = readEdited([
      ['<ChuShengNianYue>198203</ChuShengNianYue>', '<ChuShengNianYue>198213</ChuShengNianYue>'],
      ['<ChuShengRiQi>198405</ChuShengRiQi>', '<ChuShengRiQi>不详</ChuShengRiQi>'],
    ])
    expect(person.birth).toEqual({ raw: '198213' })
    expect(person.family[0]?.birth).toEqual({ raw: '不详' })
    expect(warnings).toContain('出生年月“198213”不是有效日期，已保留原文')
    expect(warnings).toContain('家庭成员“李某某”的出生日期“不详”不是有效日期，已保留原文')
  })
})

describe('ID number (GB 11643)', () => {
  it('accepts a correct check character, also a lowercase x', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
    expect(isValidIdNumber('110111198203150006')).toBe(true)
  })

  it.each(['110111198203150000', '11010519491231002', '110105194912310021', '110105194913310026', 'ABCDEFGHIJKLMNOPQR', '110105491231002'])('refuses %s', (id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })

  it('a valid one gives no warning; an invalid one a warning, not a refusal', () => {
    expect(readEdited([['110111198203150000', '110111198203150006']]).warnings).toEqual([])
    expect(readEdited([['110111198203150000', '110111198203150001']]).warnings).toEqual(['身份证号“110111198203150001”校验不通过（GB 11643），请核对'])
  })
})

describe('résumé lines', () => {
  it('every dash, open ends, full-width spaces, 至今, continuation lines', () => {
    const warnings: string[] = []
    const text = [
      '　　1995.09--1999.07　某某大学学习',
      '1999.07—2003.05  青龙镇科员',
      '2003.05——2008.1 青龙镇副镇长',
      '2008.10－－2012.03\u3000白云乡乡长',
      '   （其间：2009.09--2011.07 在职学习）',
      '',
      '2012.03~2015.01 某局副局长',
      '2015.01至今 某局局长',
      '2015.01—        兼任某某',
    ].join('\n')
    expect(parseResume(text, warnings)).toEqual([
      { from: '1995.09', to: '1999.07', text: '某某大学学习' },
      { from: '1999.07', to: '2003.05', text: '青龙镇科员' },
      { from: '2003.05', to: '2008.01', text: '青龙镇副镇长' },
      { from: '2008.10', to: '2012.03', text: '白云乡乡长\n（其间：2009.09--2011.07 在职学习）' },
      { from: '2012.03', to: '2015.01', text: '某局副局长' },
      { from: '2015.01', to: '至今', text: '某局局长' },
      { from: '2015.01', to: null, text: '兼任某某' },
    ])
    expect(warnings).toEqual([])
  })

  it('free text before the first date, and a line with an impossible month: kept on their own, with warnings', () => {
    const warnings: string[] = []
    expect(parseResume('本人简历如下\n2001.13--2004.07 某某\n2004.07--  科员', warnings)).toEqual([
      { from: null, to: null, text: '本人简历如下\n2001.13--2004.07 某某' },
      { from: '2004.07', to: null, text: '科员' },
    ])
    expect(warnings).toEqual([
      '简历第 1 行没有可识别的起止年月，已单独保留为未注明年月的一行：本人简历如下',
      '简历第 2 行的起止年月无效，已单独保留为未注明年月的一行：2001.13--2004.07 某某',
    ])
  })

  it('writes the national editor\'s layout', () => {
    expect(formatResume([
      { from: '2000.09', to: '2004.07', text: '学习' },
      { from: '2021.01', to: null, text: '书记\n（其间：在职学习）' },
    ])).toBe('2000.09--2004.07  学习\n2021.01--         书记\n                  （其间：在职学习）')
  })
})

describe('photo', () => {
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')

  it('JPEG and PNG by their first bytes; base64 may be wrapped', () => {
    const warnings: string[] = []
    const base64 = jpeg.toString('base64')
    expect(readPhoto(`${base64.slice(0, 4)}\n  ${base64.slice(4)}`, warnings)).toEqual({ type: 'jpeg', data: jpeg })
    expect(readPhoto('', warnings)).toBeNull()
    expect(warnings).toEqual([])
  })

  it('other content is dropped with a warning, the form still imports', () => {
    const notPicture = readEdited([[/<ZhaoPian>[^<]*<\/ZhaoPian>/u.exec(zhang)?.[0] ?? '', `<ZhaoPian>${gif.toString('base64')}</ZhaoPian>`]])
    expect(notPicture.person.photo).toBeNull()
    expect(notPicture.person.name).toBe('张建国')
    expect(notPicture.warnings).toContain('照片不是 JPEG 或 PNG 图片，未导入照片')
    const notBase64 = readEdited([['<ZhaoPian>iVBOR', '<ZhaoPian>*** iVBOR']])
    expect(notBase64.person.photo).toBeNull()
    expect(notBase64.warnings).toContain('照片不是有效的 base64 数据，未导入照片')
  })
})

describe('what the reader keeps beyond the known fields', () => {
  it('unknown elements in extra; a repeated field read once, with a warning', () => {
    const { person, warnings } = readEdited([
      ['<Version>', '<BeiZhu>备注 &amp; 说明</BeiZhu>\n  <XingMing>另一个</XingMing>\n  <KuoZhan><A>甲</A><B>乙</B></KuoZhan>\n  <Version>'],
    ])
    expect(person.name).toBe('张建国')
    expect(person.extra).toEqual({ BeiZhu: '备注 & 说明', KuoZhan: '甲乙' })
    expect(warnings).toContain('元素 XingMing 出现多次，只读取了第一个')
    expect(warnings).toContain('未识别的元素 KuoZhan 含有子元素，只保留了其中的文字')
  })

  it('CDATA is taken as written, character references resolved, attributes ignored', () => {
    const { person } = readEdited([
      ['<XingMing>张建国</XingMing>', '<XingMing lang="zh"><![CDATA[张&amp;<建>]]>&#22269;&#x56FD;</XingMing>'],
    ])
    expect(person.name).toBe('张&amp;<建>国国')
  })
})
