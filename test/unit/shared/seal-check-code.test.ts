import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { meetingRecordModel } from '../../../shared/documents/meeting-record'
import { paginatedBlocks, textEnd } from '../../../shared/documents/pagination'
import { checkCodeLine, sealCheckCode, sealStateLabels } from '../../../shared/seals/check-code'
import { item, meeting, topic } from './minutes-fixture'

const minutesDetail = () => meeting([item(topic('关于全域旅游发展的方案'), { outcome: 'passed' })])

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('the seal check code (校验码)', () => {
  it('is the first 16 hex digits of the seal, upper case, in four groups of four', () => {
    expect(sealCheckCode('3f2a91c07b1de4a8' + '0'.repeat(48))).toBe('3F2A 91C0 7B1D E4A8')
    expect(checkCodeLine('3F2A 91C0 7B1D E4A8')).toBe('校验码：3F2A 91C0 7B1D E4A8')
    expect(sealCheckCode(sha('会议记录'))).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/u)
  })

  it('changes with any change of the sealed text, and is the same for the same seal', () => {
    expect(sealCheckCode(sha('同意。'))).toBe(sealCheckCode(sha('同意。')))
    expect(sealCheckCode(sha('同意。'))).not.toBe(sealCheckCode(sha('不同意。')))
    // Upper and lower case hex are one seal.
    const hash = sha('x')
    expect(sealCheckCode(hash.toUpperCase())).toBe(sealCheckCode(hash))
  })

  it('refuses anything but a SHA-256 in hex', () => {
    for (const bad of ['', 'abc', 'g'.repeat(64), '0'.repeat(63), '0'.repeat(65), ` ${'0'.repeat(63)}`]) expect(() => sealCheckCode(bad), bad).toThrow(/SHA-256/u)
  })

  it('has a label for every state, in the words of issue 17', () => {
    expect(sealStateLabels).toEqual({ intact: '已签发 · 与签发时一致', legacy: '已签发（旧式校验）', changed: '已签发 · 签发后被改动' })
  })
})

describe('the check code on the 会议记录', () => {
  const settings = { issuerShortName: '示例区委', defaultClassification: { level: 'none' as const, years: null } }

  it('ends a signed record, after the signature lines, and takes one line of the page', () => {
    const detail = { ...minutesDetail(), status: 'signed' as const, sealCheck: { state: 'intact' as const, checkCode: '3F2A 91C0 7B1D E4A8' } }
    const model = meetingRecordModel({ detail, settings })
    expect(model.blocks.slice(-2).map((block) => block.kind)).toEqual(['signatureLines', 'checkCode'])
    expect(model.blocks.at(-1)).toEqual({ kind: 'checkCode', code: '3F2A 91C0 7B1D E4A8' })
    const without = meetingRecordModel({ detail: { ...detail, sealCheck: null }, settings })
    expect(textEnd(model).usedMm - textEnd(without).usedMm).toBeCloseTo(225 / 22, 5)
    expect(paginatedBlocks(model).filter((block) => block.kind === 'checkCode')).toHaveLength(1)
  })

  it('is absent while the record is not signed', () => {
    const model = meetingRecordModel({ detail: { ...minutesDetail(), sealCheck: null }, settings })
    expect(model.blocks.some((block) => block.kind === 'checkCode')).toBe(false)
  })
})
