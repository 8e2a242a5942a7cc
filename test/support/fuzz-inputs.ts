import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { z } from 'zod'

/*
 * Malformed inputs for one IPC channel, derived from its zod schema (through its JSON
 * Schema, so every field of every channel is reached without listing any by hand): a
 * plausible valid input, then per field removal, wrong types, hostile strings and numbers,
 * impossible dates; extra and prototype-polluting fields per object; and random values.
 */

interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  enum?: unknown[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  exclusiveMinimum?: number
  minItems?: number
}

export interface FuzzCase {
  label: string
  input: unknown
}

type Path = (string | number)[]

const megabyte = 1 << 20

export const hostileStrings: readonly [string, string][] = [
  ['empty', ''],
  ['blank', '   '],
  ['1 MB ascii', 'A'.repeat(megabyte)],
  ['1 MB chinese', '中'.repeat(megabyte / 3)],
  ['1 MB NUL', '\u0000'.repeat(megabyte)],
  ['NUL', 'ab\u0000cd'],
  ['control chars', '\u0001\u0007\u001b[31m\u007f\u0085'],
  ['sql', "'; DROP TABLE users; --"],
  ['sql or', "' OR '1'='1"],
  ['html', '<script>alert(1)</script>'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udfff'],
  ['bidi override', '\u202egnp.exe'],
  ['path traversal', '../../../../etc/passwd'],
  ['proto', '__proto__'],
  ['impossible date', '2026-02-30'],
  ['impossible datetime', '2026-02-30T00:00:00Z'],
  ['not a leap year', '2026-02-29T12:00:00+08:00'],
  ['month 13', '2026-13-01T00:00:00Z'],
  ['hour 25', '2026-03-01T25:61:61Z'],
  ['year zero', '0000-00-00T00:00:00Z'],
  ['beyond js dates', '+275760-09-14T00:00:00Z'],
  ['uuid-ish', '00000000-0000-0000-0000-000000000000'],
]

export const hostileNumbers: readonly [string, number][] = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['-1', -1],
  ['0', 0],
  ['-0', -0],
  ['fraction', 2.5],
  ['1e308', 1e308],
  ['max safe + 2', Number.MAX_SAFE_INTEGER + 2],
]

const wrongTypes: readonly [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['true', true],
  ['number', 42],
  ['string', 'x'],
  ['array', []],
  ['object', {}],
  ['nested array', [[[]]]],
  ['bigint-like string', '12345678901234567890'],
  ['date object', new Date('2026-02-30')],
]

let uniqueNames = 0

function sampleString(schema: JsonSchema): string {
  if (schema.enum) return String(schema.enum[0])
  if (schema.format === 'uuid') return randomUUID()
  if (schema.format === 'date-time') return '2026-03-01T08:00:00+08:00'
  // A fresh user name each time, so a valid-but-new user reaches the handler, not USER_EXISTS.
  if (schema.pattern) return `fuzz${(uniqueNames += 1)}`
  // Strong enough to pass the password policy, short enough for every name field.
  const text = 'Fuzz#Sample2026'
  return schema.maxLength !== undefined && schema.maxLength < text.length ? 'x'.repeat(Math.max(schema.minLength ?? 1, 1)) : text
}

/** A plausible valid value for the schema (every optional field filled in). */
export function sampleFor(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0]
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, sampleFor(property)]))
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => sampleFor(schema.items ?? {}))
    case 'string':
      return sampleString(schema)
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
    case 'boolean':
      return false
    default:
      return undefined
  }
}

function leafPaths(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = path.length > 0 ? [{ path, value }] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))]
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))]
  return here
}

function objectPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
  return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))]
}

function withAt(fresh: () => unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = fresh()
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  change(parent, path[path.length - 1] as string | number)
  return copy
}

function objectAt(root: unknown, path: Path): Record<string, unknown> {
  let node = root as Record<string | number, unknown>
  for (const key of path) node = node[key] as Record<string | number, unknown>
  return node
}

/** Every deterministic malformed case for a schema. */
export function casesFor(schema: z.ZodType): FuzzCase[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  // Each case starts from a fresh sample (fresh ids and user names); `sample` gives the shape.
  const fresh = () => sampleFor(json)
  const sample = fresh()
  const cases: FuzzCase[] = [
    { label: 'valid sample', input: sample },
    { label: 'no input', input: undefined },
    ...wrongTypes.map(([name, value]) => ({ label: `input is ${name}`, input: value })),
    ...hostileStrings.map(([name, value]) => ({ label: `input is ${name}`, input: value })),
    ...hostileNumbers.map(([name, value]) => ({ label: `input is ${name}`, input: value })),
  ]
  for (const { path, value } of leafPaths(sample)) {
    const at = path.join('.')
    cases.push({ label: `${at} removed`, input: withAt(fresh, path, (parent, key) => void delete parent[key]) })
    for (const [name, wrong] of wrongTypes) cases.push({ label: `${at} = ${name}`, input: withAt(fresh, path, (parent, key) => void (parent[key] = wrong)) })
    if (typeof value === 'string') {
      for (const [name, text] of hostileStrings) cases.push({ label: `${at} = ${name}`, input: withAt(fresh, path, (parent, key) => void (parent[key] = text)) })
    }
    if (typeof value === 'number') {
      for (const [name, number] of hostileNumbers) cases.push({ label: `${at} = ${name}`, input: withAt(fresh, path, (parent, key) => void (parent[key] = number)) })
    }
    if (Array.isArray(value)) {
      cases.push({ label: `${at} empty`, input: withAt(fresh, path, (parent, key) => void (parent[key] = [])) })
      cases.push({ label: `${at} duplicated`, input: withAt(fresh, path, (parent, key) => void (parent[key] = [...value, ...value])) })
      cases.push({ label: `${at} 100k items`, input: withAt(fresh, path, (parent, key) => void (parent[key] = Array.from({ length: 100_000 }, () => value[0]))) })
    }
  }
  for (const path of objectPaths(sample)) {
    const at = path.join('.') || 'input'
    const extra = fresh()
    objectAt(extra, path).unexpected = 'extra'
    cases.push({ label: `${at} with an extra field`, input: extra })
    // Own `__proto__` and `constructor` keys, as JSON.parse would make them.
    const polluted = fresh()
    Object.defineProperty(objectAt(polluted, path), '__proto__', { value: { isAdmin: true }, enumerable: true, configurable: true, writable: true })
    cases.push({ label: `${at} with an own __proto__`, input: polluted })
    const withConstructor = fresh()
    Object.defineProperty(objectAt(withConstructor, path), 'constructor', { value: { prototype: { polluted: true } }, enumerable: true, configurable: true, writable: true })
    cases.push({ label: `${at} with a constructor field`, input: withConstructor })
  }
  return cases
}

/** Random values: anything at all, and objects with the schema's keys holding anything. */
export function randomInputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const keys = Object.keys(json.properties ?? {})
  const anything = fc.anything({ withBigInt: false, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true })
  const hostileString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom(...hostileStrings.map(([, text]) => text)))
  if (keys.length === 0) return anything
  const sample = sampleFor(json) as Record<string, unknown>
  return fc.oneof(
    anything,
    fc.record(Object.fromEntries(keys.map((key) => [key, anything])), { requiredKeys: [] }),
    fc.record(Object.fromEntries(keys.map((key) => [key, fc.oneof(fc.constant(sample[key]), hostileString, fc.double(), fc.integer())])), { requiredKeys: [] }),
  )
}

/**
 * One huge text in every place of a channel's input: as the whole input, in each field,
 * and as an unknown key of each object (zod names unknown keys in its message).
 */
export function hugeInputsFor(schema: z.ZodType, huge: string): FuzzCase[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const fresh = () => sampleFor(json)
  const sample = fresh()
  const cases: FuzzCase[] = [{ label: 'input is the huge text', input: huge }]
  for (const { path } of leafPaths(sample)) cases.push({ label: `${path.join('.')} = the huge text`, input: withAt(fresh, path, (parent, key) => void (parent[key] = huge)) })
  for (const path of objectPaths(sample)) {
    const withKey = fresh()
    objectAt(withKey, path)[huge] = true
    cases.push({ label: `${path.join('.') || 'input'} with the huge text as a key`, input: withKey })
  }
  return cases
}
