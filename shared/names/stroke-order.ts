import cnchar from 'cnchar'
import order from 'cnchar-order'

// 姓氏笔画 ordering, as official lists use it (「按姓氏笔画为序」): the surname by its
// stroke count, then by its strokes' classes in writing order (现代汉语通用字笔顺规范: 横 一,
// 竖 丨, 撇 丿, 点 丶, 折 乙); within one surname a one-character given name before a
// two-character one, then the given name's characters the same way. Code-point order
// (丁, 傅, 叶, 彭, 曹 …) and ICU's zh-u-co-stroke (尹 before 王, 何 before 李) both get it
// wrong. The stroke data (about 220 kB) is cnchar's, so only core and lazily loaded code
// import this file.

cnchar.use(order)

/** cnchar-order's stroke letters (its README's table) by class: 1 横 (with 提), 2 竖 (with 竖钩), 3 撇, 4 点 (with 捺); every other letter is a bent stroke, 5 折. */
const strokeClass: Readonly<Record<string, string>> = { j: '1', i: '1', f: '2', g: '2', s: '3', k: '4', d: '4', l: '4' }
const bentStroke = '5'

/** Common two-character surnames (复姓), whose second character belongs to the surname. */
const compoundSurnames = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '令狐', '宇文', '司徒', '端木', '独孤', '南宫', '西门', '轩辕', '申屠', '太史', '万俟', '呼延', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '钟离', '闻人', '赫连', '拓跋'])

interface CharKey {
  /** The strokes' classes in writing order, one digit each ('1121' for 王); null when cnchar does not know the character. */
  classes: string | null
  codePoint: number
}

const keys = new Map<string, CharKey>()

function strokeLetters(char: string): string | null {
  try {
    const [letters] = cnchar.stroke(char, 'order') as unknown as (string | undefined)[]
    return typeof letters === 'string' && letters.length > 0 ? letters : null
  } catch {
    return null
  }
}

function keyOf(char: string): CharKey {
  let key = keys.get(char)
  if (!key) {
    const letters = strokeLetters(char)
    const classes = letters === null ? null : [...letters].map((letter) => strokeClass[letter] ?? bentStroke).join('')
    key = { classes, codePoint: char.codePointAt(0) ?? 0 }
    keys.set(char, key)
  }
  return key
}

/** One character against another: known before unknown, then stroke count, then the classes in order, then code point (so the order is total). */
export function compareCharStrokes(a: string, b: string): number {
  if (a === b) return 0
  const ka = keyOf(a)
  const kb = keyOf(b)
  if (ka.classes !== null && kb.classes !== null) {
    if (ka.classes.length !== kb.classes.length) return ka.classes.length - kb.classes.length
    if (ka.classes !== kb.classes) return ka.classes < kb.classes ? -1 : 1
  } else if (ka.classes !== kb.classes) {
    return ka.classes === null ? 1 : -1
  }
  return ka.codePoint - kb.codePoint
}

function compareChars(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareCharStrokes(a[i] as string, b[i] as string)
    if (order !== 0) return order
  }
  return a.length - b.length
}

/** A name split into surname and given name, without the spaces lists put in two-character names (王 晨, or with an ideographic space). */
export function splitName(name: string): { surname: string[]; given: string[] } {
  const chars = [...name.replace(/\s/gu, '')]
  const surnameLength = chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1
  return { surname: chars.slice(0, surnameLength), given: chars.slice(surnameLength) }
}

/** 姓氏笔画 order of two names (a comparator for Array.prototype.sort). */
export function compareNamesByStrokes(a: string, b: string): number {
  const na = splitName(a)
  const nb = splitName(b)
  // A name left empty goes last, not first.
  if (na.surname.length === 0 || nb.surname.length === 0) return nb.surname.length - na.surname.length
  return (
    compareChars(na.surname, nb.surname) ||
    na.given.length - nb.given.length ||
    compareChars(na.given, nb.given) ||
    (a < b ? -1 : a > b ? 1 : 0)
  )
}

/** The items in 姓氏笔画 order of their names (a new array; the input is left as it was). */
export function sortByNameStrokes<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNamesByStrokes(nameOf(a), nameOf(b)))
}
