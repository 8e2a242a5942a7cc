import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import type { YishiCore } from '../../electron/core'
import { dailyBackupSettled } from '../../electron/core/backup/auto-backup'
import { materialTextsSettled } from '../../electron/core/material-text/index-materials'
import { filesDirOf } from '../../electron/core/vault-files/vault-files'
import { benchCall } from './bench-core'
import { benchUser } from './build-vault'
import { sample, summarize, type Timing } from './measure'
import type { Row } from './report'

// The realistic profile's figures (npm run bench -- --materials realistic): what a vault with
// gigabytes of materials costs on lock, quit, unlock with the daily backup due, the backups
// (incremental after one meeting's 20 MB, full, restore) and key rotation.

export interface MaterialsContext {
  core: YishiCore
  work: string
  /** Moves the core's clock on (the daily backup falls due after 24 h). */
  advanceClock: (ms: number) => void
  /** Where 备份到… writes (the shell's folder picker answers it). */
  backupParent: string
  /** The files 议题 → 添加材料 picks (the shell's open dialog answers them). */
  picked: string[]
  year: number
  runs: number
}

const unlock = (core: YishiCore) => benchCall(core, 'auth.unlock', { username: benchUser.username, password: benchUser.password })
const log = (label: string, timing: Timing) => console.log(`  ${label}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`)
const once = (ms: number): Timing => ({ runs: 1, p50: ms, p95: ms, max: ms })

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/** 备份到… run by backup-run.ts in a fresh process over the locked vault: its time and peak RSS. */
function backupInFreshProcess(dataDir: string, backupParent: string): { ms: number; unlockedMb: number; peakMb: number } {
  const script = resolve(__dirname, 'backup-run.ts')
  execFileSync(process.execPath, ['--import', 'tsx', script, '--warm'])
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, dataDir, backupParent], { encoding: 'utf8' })
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { ms: number; unlockedMb: number; peakMb: number }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
}

export async function measureMaterials(context: MaterialsContext): Promise<{ rows: Row[]; notes: string[] }> {
  const { core, runs } = context
  const session = () => core.context.session!
  const vaultDir = session().vault.paths.dir
  const materialsBytes = folderBytes(filesDirOf(vaultDir))
  const storeBytes = statSync(session().vault.paths.main).size + statSync(session().vault.paths.personnel).size
  const notes = [`材料文件 ${(materialsBytes / 2 ** 30).toFixed(2)} GB（${readdirSync(filesDirOf(vaultDir)).length} 个），两个库 ${(storeBytes / 2 ** 20).toFixed(0)} MB`]
  await benchCall(core, 'backup.updateSettings', { autoEnabled: true, keep: 10 })

  // The first automatic backup copies every file; the later ones link them.
  const first = await timed(() => core.lock('manual'))
  notes.push(`首次自动备份（锁定时，全部文件）${(first / 1000).toFixed(1)} s`)
  console.log(notes.join('\n'))
  await unlock(core)
  const lock = summarize(await sample(() => core.lock('manual'), { warmup: 1, runs, before: () => unlock(core).then(() => undefined) }))
  log('锁定（无新材料）', lock)
  const unlockPlain = summarize(await sample(() => unlock(core), { warmup: 1, runs, before: () => core.lock('manual') }))

  // Unlock when the daily backup is due: the first screen must not wait for it.
  const dailySamples: number[] = []
  const dailyTotal: number[] = []
  for (let run = 0; run < Math.min(5, runs); run++) {
    await core.lock('manual')
    context.advanceClock(25 * 3600_000)
    const started = performance.now()
    await unlock(core)
    dailySamples.push(performance.now() - started)
    await dailyBackupSettled(session())
    dailyTotal.push(performance.now() - started)
  }
  notes.push(`每日备份在后台完成用时 p50 ${(summarize(dailyTotal).p50 / 1000).toFixed(1)} s`)
  log('解锁', unlockPlain)
  log('解锁（每日备份到期）', summarize(dailySamples))

  const library = summarize(await sample(() => benchCall(core, 'topics.list', { scope: 'all', year: context.year }), { warmup: 2, runs }))
  // A topic of the meeting still to come (a signed meeting's topics take no more materials).
  const withMaterial = session()
    .vault.mainSqlite.prepare(
      `select tm.topic_id as id from topic_materials tm join agenda_items ai on ai.topic_id = tm.topic_id join meetings m on m.id = ai.meeting_id where m.status <> 'signed' order by tm.size desc limit 1`,
    )
    .get() as { id: string }
  const detail = summarize(await sample(() => benchCall(core, 'topics.get', { id: withMaterial.id }), { warmup: 2, runs }))
  log('议题库', library)
  log('议题详情', detail)

  // One meeting's worth of new materials (20 MB in five files), then the lock that backs them up.
  const incoming = join(context.work, 'incoming')
  mkdirSync(incoming, { recursive: true })
  const incremental: number[] = []
  for (let run = 0; run < Math.min(5, runs); run++) {
    context.picked.splice(0, context.picked.length)
    for (let file = 0; file < 5; file++) {
      const path = join(incoming, `第${run}次会议材料${file}.pdf`)
      writeFileSync(path, randomBytes(4 * 1024 * 1024))
      context.picked.push(path)
    }
    await benchCall(core, 'topics.addMaterials', { topicId: withMaterial.id })
    incremental.push(await timed(() => core.lock('manual')))
    await unlock(core)
  }
  log('增量备份（20 MB）', summarize(incremental))
  const quit = await timed(async () => core.context.lock('quit'))
  log('退出', once(quit))
  await unlock(core)

  // 备份到… into an empty folder: everything copied and checked, in a process of its own
  // (this one still holds what building the vault took, so its RSS says nothing of the backup's).
  // The new materials' text is read first: each lock above cut that pass short, and the fresh
  // process would otherwise run it during the backup (scripts read it on their own thread).
  await materialTextsSettled(session())
  rmSync(context.backupParent, { recursive: true, force: true })
  await core.lock('manual')
  const full = backupInFreshProcess(join(context.work, 'data'), context.backupParent)
  await unlock(core)
  const fullBytes = folderBytes(context.backupParent)
  notes.push(`完整备份 ${(fullBytes / 2 ** 30).toFixed(2)} GB，${(fullBytes / 2 ** 20 / (full.ms / 1000)).toFixed(0)} MB/s，峰值内存（只打开金库的进程，RSS）${full.peakMb.toFixed(0)} MB（解锁后 ${full.unlockedMb.toFixed(0)} MB）`)
  console.log(notes.at(-1))

  const rotation = summarize(await sample(() => benchCall(core, 'vault.rotateKeys'), { warmup: 0, runs: 3 }))
  log('更换数据密钥', rotation)

  const listed = await benchCall(core, 'backup.listRestorable')
  const newest = listed.backups[0]
  const restore = newest ? await timed(() => benchCall(core, 'backup.restore', { backupId: newest.id, username: benchUser.username, password: benchUser.password })) : Number.NaN
  await unlock(core)
  log('恢复', once(restore))

  const rows: Row[] = [
    { key: 'm.lock', label: '锁定（含自动备份，无新材料）', targetMs: 1000, encrypted: lock, plain: null },
    { key: 'm.quit', label: '退出（含自动备份）', targetMs: 1000, encrypted: once(quit), plain: null },
    { key: 'm.unlock', label: '解锁', targetMs: 600, encrypted: unlockPlain, plain: null },
    { key: 'm.unlock.daily', label: '解锁（每日备份到期，后台进行）', targetMs: 600, encrypted: summarize(dailySamples), plain: null },
    { key: 'm.topics.year', label: '议题库（当年 + 待议）', targetMs: 50, encrypted: library, plain: null },
    { key: 'm.topics.get', label: '议题详情（最大材料所在议题）', targetMs: 20, encrypted: detail, plain: null },
    { key: 'm.backup.incremental', label: '增量备份（一次会议 20 MB 新材料，锁定时）', targetMs: 2000, encrypted: summarize(incremental), plain: null },
    { key: 'm.backup.full', label: '完整校验备份（备份到…）', targetMs: Number.NaN, encrypted: once(full.ms), plain: null, note: `${(fullBytes / 2 ** 20 / (full.ms / 1000)).toFixed(0)} MB/s` },
    { key: 'm.restore', label: '从备份恢复（全部校验）', targetMs: Number.NaN, encrypted: once(restore), plain: null },
    { key: 'm.rotate', label: '更换数据密钥（重新封装文件密钥）', targetMs: 2000, encrypted: rotation, plain: null },
  ]
  return { rows, notes }
}
