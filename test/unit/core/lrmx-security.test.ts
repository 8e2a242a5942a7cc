import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readLrmx } from '../../../electron/core/personnel/lrmx'
import { EXTERNAL_REFERENCE_REASON, HOSTILE_REASON } from '../../../electron/core/personnel/lrmx/security'
import { lrmxFixtureDir } from '../../support/fixtures'

const zhang = readFileSync(join(lrmxFixtureDir, 'zhang-promotion.lrmx'), 'utf8')

// A real file an entity could point to, holding a secret: if any of it shows up in a
// result, the reader followed the entity.
const secretDir = mkdtempSync(join(tmpdir(), 'lrmx-secret-'))
const secretPath = join(secretDir, 'secret.txt')
const SECRET = 'TOP-SECRET-6d1f0c'
writeFileSync(secretPath, SECRET)
const target = `file://${secretPath}`
afterAll(() => rmSync(secretDir, { recursive: true, force: true }))

const body = '<Person><XingMing>&x;</XingMing><XingBie>男</XingBie></Person>'

function expectRefused(bytes: Uint8Array, reason: string | RegExp, fileName = 'bad.lrmx') {
  const result = readLrmx(bytes, fileName)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.fileName).toBe(fileName)
  if (typeof reason === 'string') expect(result.reason).toBe(reason)
  else expect(result.reason).toMatch(reason)
  expect(JSON.stringify(result)).not.toContain(SECRET)
}

const utf8 = (text: string) => Buffer.from(text, 'utf8')

describe('hostile .lrmx files are refused before parsing, reading nothing they name', () => {
  const variants: [string, string][] = [
    ['DOCTYPE with a SYSTEM entity', `<?xml version="1.0"?>\n<!DOCTYPE Person [<!ENTITY x SYSTEM "${target}">]>\n${body}`],
    ['lowercase doctype and entity', `<?xml version="1.0"?>\n<!doctype person [<!entity x system "${target}">]>\n${body}`],
    ['mixed case, spaces after <!', `<?xml version="1.0"?>\n<! DocType Person [ <!  EnTiTy x SYSTEM "${target}"> ]>\n${body}`],
    ['entity after a comment', `<?xml version="1.0"?>\n<!-- 干部任免审批表 -->\n<!ENTITY x SYSTEM "${target}">\n${body}`],
    ['entity inside a comment', `<?xml version="1.0"?>\n<!-- <!ENTITY x SYSTEM "${target}"> -->\n${body}`],
    ['entity inside CDATA', `<?xml version="1.0"?>\n<Person><XingMing><![CDATA[<!ENTITY x SYSTEM "${target}">]]></XingMing></Person>`],
    ['external DTD', `<?xml version="1.0"?>\n<!DOCTYPE Person SYSTEM "${target}">\n${body}`],
    ['public DTD', `<?xml version="1.0"?>\n<!DOCTYPE Person PUBLIC "-//evil//DTD" "${target}">\n${body}`],
    ['external DTD via SYSTEM in a PI-like form', `<?xml version="1.0"?>\n<?DOCTYPE Person SYSTEM "${target}"?>\n${body}`],
    ['parameter entities', `<?xml version="1.0"?>\n<!DOCTYPE Person [<!ENTITY % p SYSTEM "${target}"> %p;]>\n${body}`],
    ['a bare element declaration', `<?xml version="1.0"?>\n<!ELEMENT Person ANY>\n${body}`],
    ['billion laughs', [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => `  <!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`),
      ']>',
      '<Person><XingMing>&lol9;</XingMing></Person>',
    ].join('\n')],
  ]

  it.each(variants)('%s', (_name, text) => {
    expectRefused(utf8(text), HOSTILE_REASON)
  })

  it('a processing instruction that points outside the file', () => {
    expectRefused(utf8(`<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="${target}"?>\n${body}`), EXTERNAL_REFERENCE_REASON)
  })

  it('the same attack in UTF-16 and GB18030 is still seen', () => {
    const text = `<!DOCTYPE Person [<!ENTITY x SYSTEM "${target}">]>\n${body}`
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>\n${text}`, 'utf16le')])
    expectRefused(utf16le, HOSTILE_REASON)
    // ASCII bytes are GB18030 too.
    expectRefused(utf8(`<?xml version="1.0" encoding="GB18030"?>\n${text.replace('男', 'M')}`), HOSTILE_REASON)
  })

  it('any casing of DOCTYPE or ENTITY, after any comment or blank, is refused', () => {
    const casing = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length })
      .map((upper) => [...word].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase())).join(''))
    const lead = fc.constantFrom('', '\n', '<!-- x -->', '<!-- 注释 -->\n\n', '\uFEFF')
    fc.assert(fc.property(fc.constantFrom('DOCTYPE', 'ENTITY'), lead, fc.constantFrom('', ' ', '\t', '\n'), (word, before, gap) =>
      fc.assert(fc.property(casing(word), (keyword) => {
        const text = `<?xml version="1.0"?>${before}<!${gap}${keyword} x SYSTEM "${target}">\n${body}`
        expectRefused(utf8(text), HOSTILE_REASON)
      }), { numRuns: 10 }),
    ), { numRuns: 40 })
  })

  it('escaped markup is data, not a declaration', () => {
    const text = zhang.replace('<TianBiaoRen>王某某</TianBiaoRen>', '<TianBiaoRen>&lt;!DOCTYPE x&gt; &amp;x; 王某某</TianBiaoRen>')
    const result = readLrmx(utf8(text), 'escaped.lrmx')
    expect(result.ok && result.person.filledBy).toBe('<!DOCTYPE x> &x; 王某某')
  })
})

describe('encodings', () => {
  const chen = readFileSync(join(lrmxFixtureDir, 'chen-gb2312.lrmx'))

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(zhang)])],
    ['no declaration at all (UTF-8 by default)', utf8(zhang.replace(/^<\?xml[^>]*>\n/u, ''))],
    ['declared UTF8 without the dash', utf8(zhang.replace('utf-8', 'UTF8'))],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zhang.replace('utf-8', 'UTF-16'), 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(zhang.replace('utf-8', 'UTF-16'), 'utf16le').swap16()])],
    ['UTF-16LE without a BOM', Buffer.from(zhang.replace('utf-8', 'UTF-16'), 'utf16le')],
    ['Windows line endings', utf8(zhang.replaceAll('\n', '\r\n'))],
  ])('%s', (_name, bytes) => {
    const result = readLrmx(bytes, 'zhang.lrmx')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.person.name).toBe('张建国')
    expect(result.person.resume.at(-1)?.text).toBe('示例区白云乡党委书记\n（其间：2019.09--2022.07在省委党校公共管理专业在职研究生学习）')
  })

  it.each(['GBK', 'gb18030', 'CP936'])('GB2312 bytes declared as %s', (label) => {
    const bytes = Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${label}"?>`, 'latin1'), chen.subarray(chen.indexOf(0x0a))])
    const result = readLrmx(bytes, 'chen.lrmx')
    expect(result.ok && result.person.name).toBe('陈志强')
  })

  it('a GB2312 file that claims UTF-8 is refused, not shown as mojibake', () => {
    const lying = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?>', 'latin1'), chen.subarray(chen.indexOf(0x0a))])
    expectRefused(lying, '编码无法识别：内容不是有效的 UTF-8 文本（文件声明的编码与实际不符或文件已损坏）')
  })

  it('bytes that are not GB18030 under a gb2312 declaration are refused', () => {
    const bytes = Buffer.concat([utf8('<?xml version="1.0" encoding="gb2312"?>\n<Person><XingMing>'), Buffer.from([0xff, 0xfe, 0xff]), utf8('</XingMing></Person>')])
    expectRefused(bytes, '编码无法识别：内容不是有效的 GB18030 文本（文件声明的编码与实际不符或文件已损坏）')
  })

  it('an encoding the form never uses is refused by name', () => {
    expectRefused(utf8(zhang.replace('utf-8', 'Shift_JIS')), '编码无法识别（文件声明为 shift_jis，只支持 UTF-8、GB2312、GBK、GB18030）')
  })
})

describe('files that are not approval forms', () => {
  it('an empty file, and one of only blanks', () => {
    expectRefused(new Uint8Array(0), '文件为空')
    expectRefused(utf8(' \n\t\n'), '文件为空')
  })

  it('a binary file (a PNG picture)', () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    expectRefused(png, '不是文本文件（可能是图片或其他二进制文件），不是干部任免审批表')
  })

  it('plain text, and XML with another root', () => {
    expectRefused(utf8('张建国 男 1982.03'), /^文件不完整或格式错误（第 1 行）$/u)
    expectRefused(utf8('<?xml version="1.0"?>\n<Meeting><Title>常委会</Title></Meeting>'), '不是干部任免审批表（缺少 Person 根元素）')
  })

  it('a file cut off inside a closing tag names its last line', () => {
    expectRefused(utf8('<?xml version="1.0"?>\n<Person>\n  <XingMing>张</XingMing>\n</Pers'), /^文件不完整或格式错误（第 \d 行/u)
  })

  it('too large, too many elements, too deep', () => {
    expectRefused(Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), '文件过大（超过 10 MB），不是干部任免审批表')
    expectRefused(utf8(`<Person>${'<A>1</A>'.repeat(6000)}</Person>`), '文件含有的元素过多（超过 5000 个），不是干部任免审批表')
    expectRefused(utf8(`<Person>${'<A>'.repeat(30)}x${'</A>'.repeat(30)}</Person>`), '文件结构嵌套过深（超过 16 层），不是干部任免审批表')
  })

  it('never throws, whatever the bytes', () => {
    const fragments = fc.constantFrom('<Person>', '</Person>', '<XingMing>', '</XingMing>', '&amp;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0" encoding="gbk"?>', '张', '\uFEFF', '<', '>', '&')
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.array(fragments, { maxLength: 30 }).map((parts) => utf8(parts.join('')))), (bytes) => {
      const result = readLrmx(bytes, 'random.lrmx')
      expect(result.fileName).toBe('random.lrmx')
      if (!result.ok) expect(result.reason).not.toMatch(/^无法读取文件/u)
    }), { numRuns: 300 })
  })
})
