import { readFileSync, writeFileSync } from 'node:fs'
import { openEncryptedStore } from '../../electron/core/vault/store'

/*
 * A damaged sector of a real encrypted store: bits flipped inside one page, so its HMAC no
 * longer matches and SQLite reports the page as corrupt when it reads it.
 */

/** Which table or index owns each page of the store (SQLite's dbstat), and the page size. */
export function pageOwners(path: string, keyHex: string): { pageSize: number; pageCount: number; owners: Map<number, string> } {
  const db = openEncryptedStore(path, Buffer.from(keyHex, 'hex'), { create: false })
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const rows = db.prepare('select name, pageno from dbstat').all() as { name: string; pageno: number }[]
    return { pageSize, pageCount: readFileSync(path).length / pageSize, owners: new Map(rows.map((row) => [row.pageno, row.name])) }
  } finally {
    db.close()
  }
}

/** The pages a table owns, in page order. */
export function pagesOf(owners: Map<number, string>, table: string): number[] {
  return [...owners].filter(([, name]) => name === table).map(([page]) => page).sort((a, b) => a - b)
}

/** Flips 32 bytes inside one page's encrypted content (page numbers from 1, as SQLite counts). */
export function flipPage(path: string, pageno: number, pageSize: number): void {
  const bytes = readFileSync(path)
  const start = (pageno - 1) * pageSize + Math.floor(pageSize / 4)
  for (let offset = start; offset < start + 32; offset += 1) bytes[offset] = bytes[offset]! ^ 0xff
  writeFileSync(path, bytes)
}
