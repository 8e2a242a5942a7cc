#!/usr/bin/env node
// The suite on other days (npm run test:dates, run by CI after npm test): the unit and
// integration tests and the end-to-end specs that involve dates, each under Debian's
// faketime at two instants the machine's clock may one day show — inside the 2027 Spring
// Festival holiday (a year the bundled holiday data may not cover) and ten seconds before
// the year turns. Tests pin their own clocks, so every answer must be the same as today's.
// Needs a build (npm test makes it). Ends with one plain line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const instants = ['2027-02-08 10:00:00', '2026-12-31 23:59:50']
const dateSpecs = [
  'test/e2e/meetings-prep.spec.ts',
  'test/e2e/follow-up.spec.ts',
  'test/e2e/home.spec.ts',
  'test/e2e/personnel.spec.ts',
  'test/e2e/personnel-documents.spec.ts',
  'test/e2e/minutes.spec.ts',
  'test/e2e/calendar-years.spec.ts',
  'test/e2e/overdue-meeting.spec.ts',
  'test/e2e/meeting-lock.spec.ts',
  'test/e2e/date-fields.spec.ts',
]

const probe = spawnSync('faketime', ['2027-02-08 10:00:00', 'date', '+%Y'], { encoding: 'utf8' })
if (probe.status !== 0 || probe.stdout.trim() !== '2027') {
  console.error('faketime is missing or does not move the clock (Debian: apt-get install faketime).')
  process.exit(1)
}

const artifacts = 'test/artifacts/dates'
mkdirSync(artifacts, { recursive: true })
let passed = 0
let failed = 0
let skipped = 0
const failedRuns = []

function run(title, args, resultFile) {
  console.log(`\n=== ${title}: faketime ${args.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg)).join(' ')}`)
  rmSync(resultFile, { force: true })
  const result = spawnSync('faketime', args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: resultFile } })
  if (result.status !== 0) failedRuns.push(title)
  return existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null
}

for (const instant of instants) {
  const tag = instant.slice(0, 10)
  const unitFile = `${artifacts}/unit-${tag}.json`
  const unit = run(`unit and integration tests on ${instant}`, [instant, 'npx', 'vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${unitFile}`], unitFile)
  if (unit) {
    passed += unit.numPassedTests
    failed += unit.numFailedTests
    skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
  } else failed += 1

  const e2eFile = `${artifacts}/e2e-${tag}.json`
  const e2e = run(`end-to-end specs with dates on ${instant}`, [instant, 'npx', 'playwright', 'test', '--reporter=list,json', ...dateSpecs], e2eFile)
  if (e2e) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
    failed += e2e.stats.unexpected
    skipped += e2e.stats.skipped
  } else failed += 1
}

if (failedRuns.length > 0) console.log(`\nfailed runs: ${failedRuns.join('; ')}`)
console.log(`\ndates: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failedRuns.length > 0 || failed > 0 ? 1 : 0)
