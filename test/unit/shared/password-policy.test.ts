import { describe, expect, it } from 'vitest'
import { checkPassword, describePasswordProblems, isPasswordAcceptable, passwordKinds } from '../../../shared/auth/password-policy'

describe('password policy (≥ 10 characters, three of four kinds)', () => {
  it.each([
    ['Abcdefgh1!', true],
    ['abcdefgh1!', true], // lower, digit, symbol
    ['ABCDEFGH1!', true],
    ['Abcdefghij1', true], // upper, lower, digit
    ['Abcdefghi!', true],
    ['abcdefghij', false], // one kind
    ['abcdefghi1', false], // two kinds
    ['Abc1!', false], // too short
    ['Abcdefg1!', false], // 9 characters
    ['', false],
  ])('%s → %s', (password, expected) => {
    expect(isPasswordAcceptable(password)).toBe(expected)
  })

  it('counts characters, not UTF-16 units, and treats Chinese punctuation as a symbol', () => {
    expect(passwordKinds('abc，').symbol).toBe(true)
    expect(checkPassword('议事录议事录议事录A1')[0]?.met).toBe(true)
  })

  it('names the unmet rules in Chinese', () => {
    expect(describePasswordProblems('abc')).toBe('密码需要至少 10 个字符，并且包含大写字母、小写字母、数字、符号中的至少三类。')
    expect(describePasswordProblems('Gongwen#2026a')).toBeNull()
  })
})
