/**
 * CSV as spreadsheet programs on office machines read it: UTF-8 with a byte-order mark
 * (so Chinese shows correctly in Excel/WPS), CRLF line ends, RFC 4180 quoting. A cell
 * starting with = + - @ is prefixed with ' so it is never run as a formula.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
