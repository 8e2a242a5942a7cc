import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Timing } from './measure'

// The table printed at the end and the JSON beside it.

export interface Row {
  key: string
  label: string
  targetMs: number
  encrypted: Timing
  plain: Timing | null
  note?: string
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1))
const pair = (timing: Timing | null) => (timing ? `${ms(timing.p50)} / ${ms(timing.p95)}` : '—')
export const ratioOf = (row: Row) => (row.plain && row.plain.p50 > 0 ? row.encrypted.p50 / row.plain.p50 : Number.NaN)
/** A figure meets its target when its 95th percentile does (stricter than the median). */
export const meets = (row: Row) => (Number.isNaN(row.targetMs) ? null : row.encrypted.p95 <= row.targetMs)

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| 指标 | 目标 | 加密 p50 / p95 (ms) | 明文 p50 / p95 (ms) | 加密/明文 | 达标 |', '|---|---|---|---|---|---|']
  for (const row of rows) {
    const ok = meets(row)
    const ratio = ratioOf(row)
    lines.push(`| ${row.label}${row.note ? `（${row.note}）` : ''} | ${Number.isNaN(row.targetMs) ? '—' : `≤ ${row.targetMs} ms`} | ${pair(row.encrypted)} | ${pair(row.plain)} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`} | ${ok === null ? '—' : ok ? '✓' : '✗'} |`)
  }
  return lines.join('\n')
}

/** Encrypted over plain for the whole query workload: the sums of the medians. */
export function workloadRatio(rows: readonly Row[]): number {
  const both = rows.filter((row) => row.plain)
  const encrypted = both.reduce((sum, row) => sum + row.encrypted.p50, 0)
  const plain = both.reduce((sum, row) => sum + (row.plain?.p50 ?? 0), 0)
  return encrypted / plain
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}
