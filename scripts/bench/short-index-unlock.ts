import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../../electron/core'
import { shortIndexSettled } from '../../electron/core/search/short-index-backfill'
import { searchRecords } from '../../electron/core/search/search-service'
import { localDay } from '../../shared/calendar/local-day'
import { rollBackTo } from '../../test/support/migration-levels'
import { benchCall } from './bench-core'
import { benchUser, buildSyntheticVault, migrationsRoot } from './build-vault'
import { summarize, type Timing } from './measure'

// npm run bench:short-index [-- --years 3 --runs 3]
// The first unlock of a vault made before migration 0009 (the short-search grams index), with
// the index written inside the migration as before (「之前」) and in the background after
// unlock (「现在」), on copies of one synthetic vault, the two alternating so the machine's load
// falls on both alike. Also: how long the background fill takes, and that search gives the same
// results while it runs and after.

const { values: args } = parseArgs({ options: { years: { type: 'string', default: '3' }, runs: { type: 'string', default: '3' } } })

const backfillStatement = /INSERT INTO settings \(key, value, updated_at\) SELECT 'search\.shortIndexPendingThrough'[^\n]*/u

/** The migrations as they were: 0009 writing every entry's grams, then `optimize`, in the migration. */
function synchronousMigrations(work: string): string {
  const root = join(work, 'migrations-before')
  cpSync(migrationsRoot, root, { recursive: true })
  const path = join(root, 'main', '0009_short_search_index.sql')
  const sql = readFileSync(path, 'utf8')
  if (!backfillStatement.test(sql)) throw new Error('0009 has no deferred fill to undo')
  const synchronous = `INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content;\n--> statement-breakpoint\nINSERT INTO search_short (search_short) VALUES ('optimize');`
  writeFileSync(path, sql.replace(backfillStatement, synchronous))
  return root
}

const queries = ['王', '财政', '廉政', '同意 建议']

interface FirstUnlock {
  unlockMs: number
  /** From unlock to the fill's end (it shares the loop with the reading of materials' text). */
  fillMs: number
  /** The fill's own time on the main thread, and its longest step (the longest the window waits). */
  busyMs: number
  longestStepMs: number
  same: boolean
}

async function firstUnlock(source: string, work: string, migrations: string, label: string): Promise<FirstUnlock> {
  const dataDir = mkdtempSync(join(work, `${label}-`))
  cpSync(source, dataDir, { recursive: true })
  const core = createCore({ dataDir, migrations: { root: migrations } })
  const started = performance.now()
  await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
  const unlockMs = performance.now() - started
  const session = core.context.session!
  const during = queries.map((query) => searchRecords(session, { query, offset: 0, limit: 200 }))
  const cost = await shortIndexSettled(session)
  const fillMs = performance.now() - started - unlockMs
  const after = queries.map((query) => searchRecords(session, { query, offset: 0, limit: 200 }))
  await core.lock('manual')
  rmSync(dataDir, { recursive: true, force: true })
  return { unlockMs, fillMs, busyMs: cost?.busyMs ?? 0, longestStepMs: cost?.longestStepMs ?? 0, same: JSON.stringify(during) === JSON.stringify(after) }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'yishi-short-index-'))
  try {
    const source = join(work, 'data')
    const built = await buildSyntheticVault({ dataDir: source, years: Number(args.years), today: localDay(new Date()), log: console.log })
    const sqlite = built.core.context.session!.vault.mainSqlite
    console.log(`${args.years} 年：检索条目 ${built.counts.searchRows} 条`)
    rollBackTo(sqlite, 'main', '0008_material_files')
    await built.core.lock('manual')
    const before = synchronousMigrations(work)
    const samples = { before: [] as number[], now: [] as number[], fill: [] as number[], busy: [] as number[], longest: [] as number[], same: true }
    for (let run = 0; run < Number(args.runs); run++) {
      // Alternating which goes first.
      const order = run % 2 === 0 ? (['before', 'now'] as const) : (['now', 'before'] as const)
      for (const which of order) {
        const result = await firstUnlock(source, work, which === 'before' ? before : migrationsRoot, which)
        samples[which].push(result.unlockMs)
        if (which === 'now') {
          samples.fill.push(result.fillMs)
          samples.busy.push(result.busyMs)
          samples.longest.push(result.longestStepMs)
          samples.same &&= result.same
        }
      }
    }
    const [b, n, f, busy, longest] = [samples.before, samples.now, samples.fill, samples.busy, samples.longest].map(summarize) as [Timing, Timing, Timing, Timing, Timing]
    console.log(`首次解锁（迁移到 0009），${args.runs} 次，负载 ${loadavg().map((value) => value.toFixed(2)).join(' ')}：`)
    console.log(`  之前（迁移中写短词索引）：中位数 ${b.p50.toFixed(0)} ms，最大 ${b.max.toFixed(0)} ms`)
    console.log(`  现在（解锁后在后台写）：中位数 ${n.p50.toFixed(0)} ms，最大 ${n.max.toFixed(0)} ms（之前/现在 ${(b.p50 / n.p50).toFixed(1)}×）`)
    console.log(`  后台写完：解锁后 ${f.p50.toFixed(0)} ms（中位数，与读取材料文字同时进行），其中占用主线程 ${busy.p50.toFixed(0)} ms，最长一步 ${longest.max.toFixed(0)} ms`)
    console.log(`  写的过程中与写完后的检索结果${samples.same ? '相同' : '不同'}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
