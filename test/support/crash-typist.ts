/*
 * The child process of the live-meeting crash test: unlocks a real vault and "types" a
 * member's view into the live meeting screen one character at a time, each keystroke a
 * live.saveSpeech call (what the screen's autosave sends), until it is killed. After a
 * save has returned ok it appends the saved length to the committed log.
 *
 *   node crash-typist.cjs <dataDir> <migrationsRoot> <committedLog> <planJson>
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { createCore } from '../../electron/core'
import { TestClock } from './clock'
import { crashAdmin } from './crash-plan'
import { testKdfCost } from './vault'

interface TypingPlan {
  meetingId: string
  itemId: string
  personId: string
  text: string
}

async function main(): Promise<void> {
  const [dataDir, migrationsRoot, committedLog, planJson] = process.argv.slice(2)
  if (!dataDir || !migrationsRoot || !committedLog || !planJson) throw new Error('usage: crash-typist <dataDir> <migrationsRoot> <committedLog> <planJson>')
  const plan = JSON.parse(planJson) as TypingPlan
  const log = openSync(committedLog, 'a')
  // On the suite's pinned day, like the test that set the meeting up for it.
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, now: new TestClock().now })
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  await call('auth.unlock', crashAdmin)
  // The secretary goes on where the record stands after the restart.
  const detail = (await call('meetings.get', { id: plan.meetingId })) as { items: { id: string; speeches: { personId: string; notes: string }[] }[] }
  const typed = detail.items.find((item) => item.id === plan.itemId)?.speeches.find((speech) => speech.personId === plan.personId)?.notes ?? ''
  process.stdout.write('ready\n')
  for (let length = typed.length + 1; length <= plan.text.length; length += 1) {
    await call('live.saveSpeech', { itemId: plan.itemId, personId: plan.personId, notes: plan.text.slice(0, length), stance: length % 2 === 0 ? 'agree' : null })
    writeSync(log, `${length}\n`)
  }
  closeSync(log)
  process.stdout.write('finished\n')
  // Wait to be killed, like a screen left open.
  setInterval(() => undefined, 1000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
