import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareCharStrokes, compareNamesByStrokes, sortByNameStrokes, splitName } from '../../../shared/names/stroke-order'

// Published lists that state 按姓氏笔画为序. The 十九届 list as published (新华社, 2017-10-25):
// 栗战书 (栗, 10 strokes, first stroke 横) comes before 郭声琨 (郭, 10 strokes, first stroke 点).
const nineteenth = '丁薛祥 习近平 王晨 王沪宁 刘鹤 许其亮 孙春兰 李希 李强 李克强 李鸿忠 杨洁篪 杨晓渡 汪洋 张又侠 陈希 陈全国 陈敏尔 赵乐际 胡春华 栗战书 郭声琨 黄坤明 韩正 蔡奇'.split(' ')
const twentieth = '丁薛祥 习近平 马兴瑞 王毅 王沪宁 尹力 石泰峰 刘国中 李希 李强 李干杰 李书磊 李鸿忠 何卫东 何立峰 张又侠 张国清 陈文清 陈吉宁 陈敏尔 赵乐际 袁家军 黄坤明 蔡奇'.split(' ')

/** A deterministic shuffle (so a failure can be reproduced). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const sorted = (names: readonly string[]) => sortByNameStrokes(names, (name) => name)

describe('姓氏笔画 ordering', () => {
  it('puts the 十九届中央政治局委员 in their published order from any shuffle', () => {
    for (let seed = 1; seed <= 50; seed++) expect(sorted(shuffled(nineteenth, seed))).toEqual(nineteenth)
    expect(sorted([...nineteenth].reverse())).toEqual(nineteenth)
  })

  it('gives the 二十届 list its surname sequence (丁 习 马 王 王 尹 石 刘 李×5 何 何 张 张 陈×3 赵 袁 黄 蔡), and its published order', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const result = sorted(shuffled(twentieth, seed))
      expect(result.map((name) => name[0]).join('')).toBe('丁习马王王尹石刘李李李李李何何张张陈陈陈赵袁黄蔡')
      expect(result).toEqual(twentieth)
    }
  })

  it('orders where code points and ICU stroke collation do not: 王 before 尹, 李 before 何, 张 before 陈', () => {
    expect(sorted(['尹力', '王毅'])).toEqual(['王毅', '尹力'])
    expect(sorted(['何立峰', '李强'])).toEqual(['李强', '何立峰'])
    expect(sorted(['陈希', '张又侠'])).toEqual(['张又侠', '陈希'])
    // Code-point order would give 丁, 傅, 叶, 彭, 曹; 彭 and 傅 both have 12 strokes, 彭 starts with 横, 傅 with 撇.
    expect(sorted(['傅', '曹', '彭', '叶', '丁'].map((surname) => `${surname}某`))).toEqual(['丁某', '叶某', '曹某', '彭某', '傅某'])
  })

  it('puts a one-character given name before a two-character one of the same surname, whatever their strokes', () => {
    expect(sorted(['李鸿忠', '李强', '李干杰', '李希'])).toEqual(['李希', '李强', '李干杰', '李鸿忠'])
    expect(compareNamesByStrokes('陈全国', '陈希')).toBeGreaterThan(0)
  })

  it('ignores the spaces official lists put in two-character names', () => {
    expect(sorted(['王 晨', '王沪宁', '丁薛祥'])).toEqual(['丁薛祥', '王 晨', '王沪宁'])
    expect(splitName('王　晨')).toEqual({ surname: ['王'], given: ['晨'] })
  })

  it('keeps a compound surname whole', () => {
    expect(splitName('欧阳修')).toEqual({ surname: ['欧', '阳'], given: ['修'] })
    expect(splitName('欧阳')).toEqual({ surname: ['欧'], given: ['阳'] })
  })

  it('sorts characters it has no stroke data for after known ones, by code point, and never throws', () => {
    const names = ['𠀀某', 'Smith', '王某', '', 'Ａ某', '丁某']
    const result = sorted(names)
    expect(result.slice(0, 2)).toEqual(['丁某', '王某'])
    expect(result.at(-1)).toBe('')
    expect(result).toHaveLength(names.length)
    expect(compareCharStrokes('王', 'Z')).toBeLessThan(0)
    expect(compareCharStrokes('A', 'B')).toBeLessThan(0)
    expect(compareNamesByStrokes('', '')).toBe(0)
  })

  it('is a total, consistent order (antisymmetric, identical names equal)', () => {
    const names = [...nineteenth, ...twentieth, '王某', '王某']
    for (const a of names) {
      for (const b of names) expect(Math.sign(compareNamesByStrokes(a, b)) + Math.sign(compareNamesByStrokes(b, a))).toBe(0)
    }
    expect(compareNamesByStrokes('王某', '王某')).toBe(0)
  })

  it('is loaded by core only: no renderer file imports it (its 220 kB of stroke data stay out of the window)', () => {
    const root = join(__dirname, '../../../renderer/src')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/u.test(name))
    expect(files.length).toBeGreaterThan(50)
    expect(files.filter((name) => /names\/stroke-order|from 'cnchar/u.test(readFileSync(join(root, name), 'utf8')))).toEqual([])
  })
})
