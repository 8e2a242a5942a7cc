// npm run demo -- --out <dir> [--password <pw>]
// Creates a demo vault in <dir> through the same handler table the app uses: the users, the
// standing committee of 2026 and a year of meetings (scripts/demo/), one document of every
// type as .docx and PDF in <dir>/documents/, and says how to open it.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describePasswordProblems } from '../shared/auth/password-policy'
import { describeCounts } from './demo/count-records'
import { printDemoPdfs } from './demo/documents'
import { generateDemo } from './demo/generate'

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

async function main(): Promise<void> {
  const started = performance.now()
  const { counts, unlockMs } = await generateDemo({ dataDir, migrationsRoot: resolve(__dirname, '../electron/core/db/migrations'), adminPassword, recorderPassword })
  const pdfs = await printDemoPdfs(dataDir)
  const seconds = (performance.now() - started) / 1000
  console.log(`演示数据库已创建：${resolve(dataDir, 'vault')}
  党委：中共示例区委员会（示例区委）
  管理员：admin / ${adminPassword}（管理员兼记录员，持有干部任免权限）
  记录员：jilu / ${recorderPassword}（初始密码，首次登录须修改）
  解锁耗时：${unlockMs.toFixed(0)} ms；生成用时：${seconds.toFixed(1)} s

已写入（2026年，截至11月23日）：
${describeCounts(counts)}
${'written' in pdfs ? `  公文PDF：${pdfs.written.length} 份（Chromium 打印预览，与“导出PDF”相同），在 ${resolve(dataDir, 'documents')}` : `  ${pdfs.problem}`}

打开方式：
  YISHI_DATA_DIR=${dataDir} npm start`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
