/** '2026-11-23' → '2026年11月23日', the form dates take in Chinese text. */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${year}年${Number(month)}月${Number(day)}日`
}
