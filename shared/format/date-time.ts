const pad = (value: number) => String(value).padStart(2, '0')

/** An ISO timestamp as local time, "yyyy-MM-dd HH:mm:ss"; the input as-is if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/**
 * An ISO timestamp as the office writes it, local time to the minute: 2026年2月6日 10:00.
 * Seconds belong in the audit log only (formatDateTime). The input as-is if it is not a date.
 */
export function formatChineseDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

const sizeUnits = ['KB', 'MB', 'GB', 'TB']

/** A file's size as a secretary reads it: 158 字节, 4.0 KB, 1.2 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(1)} ${sizeUnits[unit]}`
}
