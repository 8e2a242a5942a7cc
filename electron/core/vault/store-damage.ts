import { AppError } from '../../../shared/errors'

/*
 * What SQLite (SQLCipher through sqlite3mc) says when a store's bytes are damaged. A page
 * whose HMAC no longer matches is reported as SQLITE_CORRUPT, "database disk image is
 * malformed" (found by flipping bytes of a real vault: test/unit/security/unlock-damage);
 * a damaged first page or a file that is no database gives SQLITE_NOTADB, "file is not a
 * database"; FTS5's shadow tables give SQLITE_CORRUPT_VTAB.
 */
const damageCodes = /^SQLITE_(CORRUPT|NOTADB)(_[A-Z]+)?$/u
const damageMessages = /database disk image is malformed|file is not a database|database corruption/iu

function looksDamaged(error: unknown): boolean {
  if (error instanceof StoreDamagedError) return true
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && damageCodes.test(code)) return true
  return error.name === 'SqliteError' && damageMessages.test(error.message)
}

/** A store turned out damaged while it was being read or written (the stable code VAULT_DAMAGED). */
export class StoreDamagedError extends AppError {
  constructor(cause: string | null) {
    super('VAULT_DAMAGED', undefined, { cause })
  }
}

/** The damage behind an error (itself, or a cause it wraps, as drizzle's query errors do), or null. */
export function storeDamageIn(error: unknown): StoreDamagedError | null {
  let current = error
  for (let depth = 0; depth < 8 && current; depth += 1) {
    if (current instanceof StoreDamagedError) return current
    if (looksDamaged(current)) {
      const code = (current as { code?: unknown }).code
      return new StoreDamagedError(typeof code === 'string' ? code : null)
    }
    current = (current as { cause?: unknown }).cause
  }
  return null
}
