import type { KdfCost } from '../../electron/core/vault/user-keys'
import { buildRoster } from './build-roster'
import { demoCore, type DemoCore } from './demo-core'
import { countRecords, type DemoCounts } from './count-records'
import { writeMeetingDocuments } from './documents'
import { writeMinutesDocument } from './minutes'
import { writePersonnelDocuments } from './personnel-documents'
import { followUpYear } from './follow-up'
import { playYear } from './play-year'
import { DemoRandom } from './random'
import { today } from './year-plan'

export interface DemoOptions {
  dataDir: string
  migrationsRoot: string
  adminPassword: string
  recorderPassword: string
  /** Tests only: a cheaper key derivation. */
  kdfCost?: KdfCost
  seed?: number
}

export interface DemoResult {
  counts: DemoCounts
  unlockMs: number
}

/**
 * The demo vault of 中共示例区委员会: users, the standing committee over 2026, and a year of
 * meetings, all through the core's channels with the clock moved to each day.
 */
export async function generateDemo(options: DemoOptions): Promise<DemoResult> {
  const demo = demoCore({ dataDir: options.dataDir, migrationsRoot: options.migrationsRoot, kdfCost: options.kdfCost, startDate: '2026-01-04' })
  try {
    return await writeDemo(demo, options)
  } finally {
    demo.shell.dispose()
  }
}

async function writeDemo(demo: DemoCore, options: DemoOptions): Promise<DemoResult> {
  const { call } = demo
  if ((await call('vault.status')).state !== 'absent') throw new Error(`${options.dataDir} 中已有数据库，请换一个目录。`)
  await call('vault.create', {
    committeeName: '中共示例区委员会',
    committeeShortName: '示例区委',
    admin: { username: 'admin', displayName: '王秘书', password: options.adminPassword },
  })
  const started = performance.now()
  await call('auth.unlock', { username: 'admin', password: options.adminPassword })
  const unlockMs = performance.now() - started
  // 王秘书, the first user, administers the app and keeps the records (管理员 + 记录员); 李记录 is a second recorder.
  await call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: options.recorderPassword })
  // 设置 → 公文: the office's area code (任前公示 prints 0571-12380) and whom a 会议通知 names to call.
  const documentSettings = await call('documents.settings')
  await call('documents.updateSettings', { ...documentSettings, areaCode: '0571', meetingContact: { name: '王秘书', phone: '87012345' } })

  const random = new DemoRandom(options.seed ?? 20260101)
  const roster = await buildRoster(demo, '2026-01-01')
  await playYear(demo, roster, random)
  await followUpYear(demo, options.dataDir)
  demo.clock.set(today, '17:00')
  const counts = await countRecords(demo, today)
  await writeMeetingDocuments(demo, options.dataDir)
  await writePersonnelDocuments(demo, options.dataDir)
  await writeMinutesDocument(demo, options.dataDir)
  await call('auth.lock')
  return { counts, unlockMs }
}
