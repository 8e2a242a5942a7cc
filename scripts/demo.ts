// npm run demo -- --out <dir> [--password <pw>]
// Creates a demo vault in <dir> through the same handler table the app uses, and says
// how to open it. Later features add their demo data here.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../electron/core'
import type { Channel, ChannelInput, ChannelOutput } from '../shared/ipc/contract'
import { describePasswordProblems } from '../shared/auth/password-policy'

const { values } = parseArgs({
  options: { out: { type: 'string' }, password: { type: 'string' } },
})
if (!values.out) {
  console.error('用法：npm run demo -- --out <目录> [--password <管理员密码>]')
  process.exit(2)
}
const dataDir = resolve(values.out)
const adminPassword = values.password ?? 'Yishi#Demo2026'
const recorderPassword = 'Jilu#Demo2026'
const problem = describePasswordProblems(adminPassword)
if (problem) {
  console.error(problem)
  process.exit(2)
}

const core = createCore({ dataDir, migrations: { root: resolve(__dirname, '../electron/core/db/migrations') } })

async function call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) {
    console.error(`${channel}：${result.error.message}`)
    process.exit(1)
  }
  return result.value as ChannelOutput<C>
}

async function main(): Promise<void> {
  if ((await call('vault.status')).state !== 'absent') {
    console.error(`${dataDir} 中已有数据库，请换一个目录。`)
    process.exit(1)
  }
  await call('vault.create', {
    committeeName: '中共示例区委员会',
    committeeShortName: '示例区委',
    admin: { username: 'admin', displayName: '王秘书', password: adminPassword },
  })
  const started = performance.now()
  await call('auth.unlock', { username: 'admin', password: adminPassword })
  const unlockMs = performance.now() - started
  await call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
  await call('auth.lock')

  console.log(`演示数据库已创建：${resolve(dataDir, 'vault')}
  党委：中共示例区委员会（示例区委）
  管理员：admin / ${adminPassword}（持有干部任免权限）
  记录员：jilu / ${recorderPassword}（初始密码，首次登录须修改）
  解锁耗时：${unlockMs.toFixed(0)} ms

打开方式：
  YISHI_DATA_DIR=${dataDir} npm start`)
}

void main()
