import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { noShellServices, type ShellServices } from '../../electron/core'
import { Session } from '../../electron/core/session'
import { localDay } from '../../shared/calendar/local-day'
import { benchCall } from './bench-core'
import { benchUser, buildSyntheticVault } from './build-vault'
import { measureDocx } from './docx-figure'
import { measureMaterialSearch } from './material-search-figures'
import { measureMaterials } from './materials-figures'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { shortIndexSettled } from '../../electron/core/search/short-index-backfill'
import { sample, summarize } from './measure'
import { measureMemoryInFreshProcess } from './memory'
import { plainTwin } from './plain-copy'
import { markdownTable, meets, workloadRatio, writeJson, type Row } from './report'
import { auditVerify, queryWorkload, type Query } from './workload'

// npm run bench [-- --years 30 --runs 20 --dir /path --keep --json bench-results/latest.json --materials small|realistic --scale 0.1]
// Builds the synthetic vault (DESIGN.md), measures it through the real core with the real
// KDF cost, runs the same queries on a decrypted copy, prints the table and writes JSON.

const { values: args } = parseArgs({
  options: {
    years: { type: 'string', default: '30' },
    runs: { type: 'string', default: '20' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string', default: 'bench-results/latest.json' },
    /** small: 2–12 KB per material; realistic: 0.2–5 MB (DESIGN.md), for a `scale` share of topics. */
    materials: { type: 'string', default: 'small' },
    scale: { type: 'string' },
  },
})

/** Materials average 2.6 MB in the realistic profile; the run needs about four copies (vault, backups, restore). */
function realisticScale(work: string, years: number): number {
  const wanted = args.scale ? Number(args.scale) : 1
  const needed = years * 506 * 2.6e6 * wanted * 4
  const free = statfsSync(work).bavail * statfsSync(work).bsize
  const scale = needed > free * 0.8 ? Math.floor(((wanted * free * 0.8) / needed) * 1000) / 1000 : wanted
  console.log(`实际材料：每个议题 0.2–5 MB 的比例 ${scale}（需要约 ${(needed / 1e9).toFixed(0)} GB，可用 ${(free / 1e9).toFixed(0)} GB）`)
  return scale
}

async function main(): Promise<void> {
  const runs = Number(args.runs)
  const work = args.dir ? resolve(args.dir) : mkdtempSync(join(tmpdir(), 'yishi-bench-'))
  mkdirSync(work, { recursive: true })
  const backupParent = join(work, 'backups')
  const picked: string[] = []
  const shell: ShellServices = { ...noShellServices, pickDirectory: () => Promise.resolve(backupParent), pickSaveFile: () => Promise.resolve(null), pickOpenFiles: () => Promise.resolve([...picked]) }
  const today = localDay(new Date())
  let clockOffset = 0
  const now = () => new Date(Date.now() + clockOffset)
  try {
    const realistic = args.materials === 'realistic' ? { scale: realisticScale(work, Number(args.years)) } : undefined
    console.log(`构建 ${args.years} 年的合成数据库（材料：${realistic ? `实际大小，比例 ${realistic.scale}` : '小'}）：${work}`)
    const built = await buildSyntheticVault({ dataDir: join(work, 'data'), years: Number(args.years), today, shell, now, realistic, log: console.log })
    console.log(`构建用时 ${built.seconds.toFixed(1)} s`, built.counts)
    const { core } = built
    // The first unlock of a vault whose materials were never read starts the one-time pass that
    // reads their text (and fills the short-term index if it is behind): the figures are of the
    // vault after it, as every later unlock finds it, so the pass is timed here and then waited for.
    await core.lock('manual')
    const settling = performance.now()
    await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
    await materialTextsSettled(core.context.session!)
    await shortIndexSettled(core.context.session!)
    console.log(`首次解锁后的后台读取材料正文与短词索引用时 ${((performance.now() - settling) / 1000).toFixed(1)} s（此后的解锁不再进行）`)
    if (realistic) {
      const figures = await measureMaterials({ core, work, backupParent, picked, advanceClock: (ms) => (clockOffset += ms), year: Number(today.slice(0, 4)), runs })
      console.log(`\n${markdownTable(figures.rows)}\n`)
      for (const note of figures.notes) console.log(note)
      const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, load: loadavg() }
      writeJson(resolve(args.json), { at: new Date().toISOString(), machine, profile: 'realistic', scale: realistic.scale, years: Number(args.years), buildSeconds: built.seconds, counts: built.counts, notes: figures.notes, rows: figures.rows.map((row) => ({ ...row, met: meets(row) })) })
      console.log(`结果已写入 ${resolve(args.json)}`)
      await core.lock('quit')
      return
    }

    const unlock = summarize(
      await sample(() => benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password }), {
        warmup: 1,
        runs: 5,
        before: () => core.lock('manual'),
      }),
    )
    // Memory in a process that only opens the vault (this one holds what the build took).
    await core.lock('manual')
    const memory = measureMemoryInFreshProcess(join(work, 'data'))
    await benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
    const vault = core.context.session!.vault
    const cadreName = (vault.personnelSqlite!.prepare('select substr(name, 1, 2) as name from cadres order by created_at desc limit 1').get() as { name: string }).name
    const memberName = (await benchCall(core, 'roster.asOf', { date: today }))[0]?.name ?? '王'
    const standingBodyId = (await benchCall(core, 'bodies.list')).find((body) => body.kind === 'standing')?.id ?? null
    const context = { year: Number(today.slice(0, 4)), today, twentyTopicMeetingId: built.twentyTopicMeetingId, cadreName, memberName, standingBodyId }

    const timeQuery = async (query: Query, warmup = 2, times = runs) => {
      const samples: number[] = []
      for (const call of query.calls) samples.push(...(await sample(call, { warmup, runs: Math.max(1, Math.round(times / query.calls.length)) })))
      return summarize(samples)
    }
    const queries = queryWorkload(core, context)
    const encrypted = new Map<string, ReturnType<typeof summarize>>()
    for (const query of queries) encrypted.set(query.key, await timeQuery(query))
    const verify = auditVerify(core)
    const verifyEncrypted = await timeQuery(verify, 1, 3)

    // The same queries on the decrypted twin: the session's stores are swapped, nothing else.
    const plainDir = join(work, 'plain')
    mkdirSync(plainDir)
    const encryptedSession = core.context.session!
    const twin = plainTwin(encryptedSession.vault, plainDir)
    core.context.session = new Session(twin)
    const plain = new Map<string, ReturnType<typeof summarize>>()
    for (const query of queries) plain.set(query.key, await timeQuery(query))
    const verifyPlain = await timeQuery(verify, 1, 3)
    core.context.session = encryptedSession
    twin.mainSqlite.close()
    twin.personnelSqlite?.close()

    const docx = await measureDocx(core, built.twentyTopicMeetingId, runs)
    const materialSearch = await measureMaterialSearch(core, work, picked, runs)
    const backup = summarize(
      await sample(() => benchCall(core, 'backup.create'), { warmup: 0, runs: 3, before: () => Promise.resolve(rmSync(backupParent, { recursive: true, force: true })) }),
    )

    const rows: Row[] = [
      { key: 'unlock', label: '解锁（KDF + 打开 + 迁移检查 + 首次查询）', targetMs: 600, encrypted: unlock, plain: null },
      ...queries.map((query) => ({ key: query.key, label: query.label, targetMs: query.targetMs, encrypted: encrypted.get(query.key)!, plain: plain.get(query.key)! })),
      { key: verify.key, label: verify.label, targetMs: Number.NaN, encrypted: verifyEncrypted, plain: verifyPlain, note: `${built.counts.auditEntries} 条` },
      ...(docx ? [{ key: 'docx', label: docx.label, targetMs: 300, encrypted: docx.timing, plain: null }] : []),
      ...materialSearch,
      { key: 'backup', label: '经校验的备份（VACUUM INTO + 重新打开 + integrity_check）', targetMs: 5000, encrypted: backup, plain: null },
    ]
    const ratio = workloadRatio(rows)
    console.log(`\n${markdownTable(rows)}\n`)
    console.log(`查询负载加密/明文（中位数之和）：${ratio.toFixed(2)}×（目标 ≤ 1.3×）${ratio <= 1.3 ? '✓' : '✗'}`)
    if (!docx) console.log('会议纪要 .docx：本版本还没有 minutes.preview，未测。')
    if (memory) console.log(`内存（核心进程 RSS，GC 后）：解锁后 ${memory.unlockedMb} MB，审计链校验后 ${memory.afterVerifyMb} MB（目标 ≤ 300 MB）${memory.afterVerifyMb <= 300 ? '✓' : '✗'}，锁定后 ${memory.afterLockMb} MB`)
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform }
    writeJson(resolve(args.json), { at: new Date().toISOString(), machine, years: Number(args.years), buildSeconds: built.seconds, counts: built.counts, workloadRatio: ratio, memory, rows: rows.map((row) => ({ ...row, met: meets(row) })) })
    console.log(`结果已写入 ${resolve(args.json)}`)
    await core.lock('quit')
  } finally {
    if (!args.keep) rmSync(work, { recursive: true, force: true })
    else console.log(`保留数据库：${work}（用户 ${benchUser.username}，密码 ${benchUser.password}）`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
