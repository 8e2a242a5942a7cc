import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyDataKey, openEncryptedStore } from '../../../electron/core/vault/store'
import { copyLiveStore, sameBytes } from '../../../electron/core/vault/store-copy'
import { tempDir } from '../../support/vault'

/*
 * The copy lock, quit and key rotation make of a live store: the checkpointed file's bytes,
 * compared with it, or VACUUM INTO's copy when a reader keeps the checkpoint from finishing.
 */

function liveStore(dir: string) {
  const key = randomBytes(32)
  const path = join(dir, 'main.db')
  const live = openEncryptedStore(path, key, { create: true })
  live.exec('create table notes (id integer primary key, body text)')
  const insert = live.prepare('insert into notes (body) values (?)')
  for (let row = 0; row < 500; row += 1) insert.run(`议题${row}`.repeat(40))
  return { key, path, live }
}

function rowsOf(path: string, key: Buffer): number {
  const copy = new Database(path, { readonly: true, fileMustExist: true })
  try {
    applyDataKey(copy, key)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    return (copy.prepare('select count(*) as n from notes').get() as { n: number }).n
  } finally {
    copy.close()
  }
}

const mismatch = () => new Error('mismatch')

describe('a copy of a live store', () => {
  it('is the checkpointed file itself, in rollback-journal mode, with every committed row', () => {
    const dir = tempDir()
    const { key, path, live } = liveStore(dir)
    const target = join(dir, 'copy.db')
    expect(copyLiveStore(live, path, target, key, mismatch)).toBe('bytes')
    expect(rowsOf(target, key)).toBe(500)
    // Opened read-only alone (a copy left in WAL mode would need a -shm beside it) and never given a log.
    expect(existsSync(`${target}-wal`)).toBe(false)
    live.close()
  })

  it('is VACUUM INTO’s copy when a reader keeps the log from being emptied', () => {
    const dir = tempDir()
    const { key, path, live } = liveStore(dir)
    const reader = new Database(path, { readonly: true })
    applyDataKey(reader, key)
    reader.prepare('begin').run()
    reader.prepare('select count(*) from notes').get()
    live.prepare('insert into notes (body) values (?)').run('读取期间写入')
    const target = join(dir, 'copy.db')
    expect(copyLiveStore(live, path, target, key, mismatch)).toBe('vacuum')
    expect(rowsOf(target, key)).toBe(501)
    reader.prepare('commit').run()
    reader.close()
    live.close()
  })

  it('compares whole files: a byte changed or a length cut is a mismatch', () => {
    const dir = tempDir()
    const first = join(dir, 'a')
    const second = join(dir, 'b')
    const bytes = randomBytes(3 * (1 << 20) + 17)
    writeFileSync(first, bytes)
    writeFileSync(second, bytes)
    expect(sameBytes(first, second)).toBe(true)
    const changed = Buffer.from(bytes)
    changed[2 * (1 << 20) + 5]! ^= 1
    writeFileSync(second, changed)
    expect(sameBytes(first, second)).toBe(false)
    writeFileSync(second, bytes.subarray(0, bytes.length - 1))
    expect(sameBytes(first, second)).toBe(false)
  })
})
