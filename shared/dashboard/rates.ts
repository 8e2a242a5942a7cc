// The figures of the year statistics: shares shown as percentages with one decimal, the
// way an office writes them in its annual report (出席率 95.5%). Pure, used by core and UI.

/** `part` of `whole` in per cent, rounded half up to one decimal; null when `whole` is 0 (nothing to rate). */
export function percentage(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0) throw new RangeError(`不能计算比率：${part} / ${whole}`)
  if (whole === 0) return null
  // Scaled to tenths of a per cent before rounding, so 1/8 gives 12.5 and 2/3 gives 66.7.
  return Math.round((part * 1000) / whole) / 10
}

/** '95.5%', '100%', or '—' when there was nothing to rate. */
export function formatPercentage(value: number | null): string {
  if (value === null) return '—'
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`
}

/** The sum of one numeric field over rows. */
export function sumOf<T>(rows: readonly T[], field: (row: T) => number): number {
  return rows.reduce((total, row) => total + field(row), 0)
}
