#!/usr/bin/env node
// The project's test command (npm test): type checks, lint, unit and integration tests
// (vitest, real encrypted vaults), the renderer build, then end-to-end tests (Playwright
// in Debian Chromium). Ends with one plain line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(`议事录 needs Node.js 22 or newer (this is ${process.version}); the encrypting SQLite build crashes on older versions.`)
  process.exit(1)
}

const artifacts = 'test/artifacts'
rmSync(`${artifacts}/unit-results.json`, { force: true })
rmSync(`${artifacts}/e2e-results.json`, { force: true })
mkdirSync(artifacts, { recursive: true })

function step(title, command, args) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status === 0
}

const npx = 'npx'
const steps = [
  ['type check', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['type check (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', npx, ['eslint', '.']],
  ['unit and integration tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${artifacts}/unit-results.json`]],
  ['build', npx, ['electron-vite', 'build']],
  ['end-to-end tests', npx, ['playwright', 'test']],
]

const failedSteps = []
for (const [title, command, args] of steps) {
  if (!step(title, command, args)) {
    failedSteps.push(title)
    // Tests can still run after a lint or type error; nothing can run without a build.
    if (title === 'build') break
  }
}

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(`${artifacts}/unit-results.json`)) {
  const unit = JSON.parse(readFileSync(`${artifacts}/unit-results.json`, 'utf8'))
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
}
if (existsSync(`${artifacts}/e2e-results.json`)) {
  const e2e = JSON.parse(readFileSync(`${artifacts}/e2e-results.json`, 'utf8'))
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
  for (const reason of skipReasons(e2e.suites ?? [])) console.log(`skipped: ${reason}`)
}

function* skipReasons(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const annotation of t.annotations ?? []) if (annotation.type === 'skip') yield `${spec.title} — ${annotation.description ?? ''}`
      }
    }
    yield* skipReasons(suite.suites ?? [])
  }
}

if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`)
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0)
