const pad = (value: number) => String(value).padStart(2, '0')

/** An ISO timestamp as local time, "yyyy-MM-dd HH:mm:ss"; the input as-is if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}
