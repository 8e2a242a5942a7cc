import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLrmx } from '../../../electron/core/personnel/lrmx'
import { HOSTILE_REASON } from '../../../electron/core/personnel/lrmx/security'
import { lrmxRefusalMessage, type LrmxPerson, type LrmxResult } from '../../../shared/personnel/lrmx-types'
import { lrmxFixtureDir } from '../../support/fixtures'


function readFixture(fileName: string): LrmxResult {
  return readLrmx(readFileSync(join(lrmxFixtureDir, fileName)), fileName)
}

function fixturePerson(fileName: string): { person: LrmxPerson; warnings: string[] } {
  const result = readFixture(fileName)
  if (!result.ok) throw new Error(`${fileName} was refused: ${result.reason}`)
  return result
}

const FIXTURE_ID_WARNING = '身份证号“110111198203150000”校验不通过（GB 11643），请核对'

describe('.lrmx fixtures', () => {
  it('zhang-promotion (UTF-8, yyyyMM dates): every part of the form', () => {
    const { person, warnings } = fixturePerson('zhang-promotion.lrmx')
    expect(person).toMatchObject({
      name: '张建国', sex: '男', ethnicity: '汉族', nativePlace: '河北保定', birthplace: '河北保定', health: '健康',
      professionalTitle: '', specialty: '熟悉基层党建和乡村振兴工作',
      birth: { year: 1982, month: 3, formatted: '1982.03' },
      partyJoined: { year: 2005, month: 6, formatted: '2005.06' },
      workStarted: { year: 2004, month: 7, formatted: '2004.07' },
      fullTimeEducation: { education: '大学', degree: '法学学士', educationSchool: '某某大学法律系法学专业', degreeSchool: '某某大学' },
      inServiceEducation: { education: '研究生', degree: '公共管理硕士', educationSchool: '省委党校公共管理专业', degreeSchool: '省委党校' },
      currentPost: '示例区白云乡党委书记', proposedPost: '示例区发展和改革委员会主任', postToRemove: '示例区白云乡党委书记',
      rewardsAndPunishments: '无', annualAssessment: '2023年、2024年、2025年年度考核均为称职', appointmentReasons: '工作需要',
      reportingUnit: '中共示例区委组织部', filledBy: '王某某', idNumber: '110111198203150000', version: '3.2.1.16',
      ageReferenceDate: { year: 2026, month: 11, day: 20, formatted: '2026.11' },
      filledOn: { year: 2026, month: 11, day: 18, formatted: '2026.11' },
      retirementDue: null, preReformAgeLimit: '', extra: {},
    })
    expect(person.resume).toEqual([
      { from: '2000.09', to: '2004.07', text: '某某大学法律系法学专业学习' },
      { from: '2004.07', to: '2009.03', text: '示例区青龙镇党政办公室科员' },
      { from: '2009.03', to: '2015.06', text: '示例区青龙镇副镇长' },
      { from: '2015.06', to: '2021.01', text: '示例区白云乡党委副书记、乡长' },
      { from: '2021.01', to: null, text: '示例区白云乡党委书记\n（其间：2019.09--2022.07在省委党校公共管理专业在职研究生学习）' },
    ])
    expect(person.family).toEqual([
      { relation: '妻子', name: '李某某', birth: { year: 1984, month: 5, formatted: '1984.05' }, politicalStatus: '中共党员', workUnitAndPost: '示例区第一中学教师' },
      { relation: '女儿', name: '张某某', birth: { year: 2011, month: 3, formatted: '2011.03' }, politicalStatus: '群众', workUnitAndPost: '示例区实验小学学生' },
      { relation: '父亲', name: '张某', birth: { year: 1956, month: 2, formatted: '1956.02' }, politicalStatus: '中共党员', workUnitAndPost: '退休' },
    ])
    expect(person.photo?.type).toBe('png')
    expect(Buffer.isBuffer(person.photo?.data)).toBe(true)
    expect(person.photo?.data.length).toBe(109)
    // The fixture's ID number fails the GB 11643 checksum (its check digit should be 6): a warning, not a refusal.
    expect(warnings).toEqual([FIXTURE_ID_WARNING])
  })

  it('li-retire-dotted-dates (yyyy.MM and yyyy.MM.dd, Version 4.x fields)', () => {
    const { person, warnings } = fixturePerson('li-retire-dotted-dates.lrmx')
    expect(person).toMatchObject({
      name: '李秀英', sex: '女', ethnicity: '回族', proposedPost: '', postToRemove: '示例区教育局副局长', appointmentReasons: '到龄退休',
      birth: { year: 1966, month: 5, formatted: '1966.05' },
      partyJoined: { year: 1991, month: 6, formatted: '1991.06' },
      workStarted: { year: 1992, month: 7, formatted: '1992.07' },
      ageReferenceDate: { year: 2026, month: 11, day: 20, formatted: '2026.11' },
      retirementDue: { year: 2026, month: 5, formatted: '2026.05' },
      preReformAgeLimit: '', version: '4.0.0.1',
    })
    expect(person.resume).toEqual([
      { from: '1988.09', to: '1992.07', text: '某某师范大学中文系学习' },
      { from: '1992.07', to: '2010.05', text: '示例区教育局科员、副科长、科长' },
      { from: '2010.05', to: null, text: '示例区教育局副局长' },
    ])
    expect(person.family).toEqual([
      { relation: '丈夫', name: '赵某', birth: { year: 1965, month: 1, formatted: '1965.01' }, politicalStatus: '群众', workUnitAndPost: '个体经营' },
    ])
    expect(person.photo?.type).toBe('png')
    expect(warnings).toEqual([FIXTURE_ID_WARNING])
  })

  it('chen-gb2312 (declared gb2312, bytes in GB2312): decoded to the right Chinese', () => {
    const bytes = readFileSync(join(lrmxFixtureDir, 'chen-gb2312.lrmx'))
    expect(bytes.includes(Buffer.from('陈志强', 'utf8'))).toBe(false)
    const { person, warnings } = fixturePerson('chen-gb2312.lrmx')
    expect(person).toMatchObject({
      name: '陈志强', nativePlace: '贵州铜仁', currentPost: '示例区财政局局长', proposedPost: '示例区人民政府副区长（提名人选）',
      birth: { year: 1978, month: 11, formatted: '1978.11' }, family: [],
    })
    expect(person.resume).toEqual([
      { from: '2000.07', to: '2010.03', text: '示例区财政局科员' },
      { from: '2010.03', to: null, text: '示例区财政局副局长、局长' },
    ])
    expect(JSON.stringify(person)).not.toContain('\uFFFD')
    expect(warnings).toEqual([FIXTURE_ID_WARNING])
  })

  it('truncated: refused, naming the file and the line where it breaks off', () => {
    const result = readFixture('truncated.lrmx')
    expect(result).toEqual({ ok: false, fileName: 'truncated.lrmx', reason: '文件不完整或格式错误（第 20 行：文件在元素结束前中断）' })
    if (result.ok) return
    expect(lrmxRefusalMessage(result)).toBe('truncated.lrmx：文件不完整或格式错误（第 20 行：文件在元素结束前中断）')
  })

  it('hostile-xxe: refused as hostile, and the entity target was never read', () => {
    const result = readFixture('hostile-xxe.lrmx')
    expect(result).toEqual({ ok: false, fileName: 'hostile-xxe.lrmx', reason: HOSTILE_REASON })
    if (result.ok) return
    expect(lrmxRefusalMessage(result)).toBe('hostile-xxe.lrmx：文件含有 DOCTYPE/实体声明，可能是恶意文件，已拒绝')
    // /etc/passwd always has a root line; none of it may reach the result.
    expect(JSON.stringify(result)).not.toMatch(/root:|\/bin\/|passwd/u)
  })
})
