/*
 * The child process of the materials kill test: unlocks a vault whose older materials are
 * still blobs (so the move out runs), then loops until killed: imports a material of a few
 * MB through the dialog, locks (an incremental automatic backup) and unlocks every third
 * round, rotates the keys every fifth. After a call returns ok it appends one line to the
 * committed log, so the parent knows what must survive.
 *
 *   node crash-materials-writer.cjs <dataDir> <migrationsRoot> <committedLog> <firstCounter> <topicId> <scratchDir>
 */
import { randomBytes } from 'node:crypto'
import { openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { createCore, noShellServices } from '../../electron/core'
import { crashAdmin } from './crash-plan'
import { crashMaterialMarker, type CommittedMaterial } from './crash-materials-plan'
import { testKdfCost } from './vault'

async function main(): Promise<void> {
  const [dataDir, migrationsRoot, committedLog, first, topicId, scratch] = process.argv.slice(2)
  if (!dataDir || !migrationsRoot || !committedLog || !first || !topicId || !scratch) throw new Error('usage: crash-materials-writer <dataDir> <migrationsRoot> <committedLog> <firstCounter> <topicId> <scratchDir>')
  const log = openSync(committedLog, 'a')
  const record = (entry: CommittedMaterial) => writeSync(log, `${JSON.stringify(entry)}\n`)
  let picked: string[] = []
  const shell = { ...noShellServices, pickOpenFiles: () => Promise.resolve(picked), pickDirectory: () => Promise.resolve(null), pickSaveFile: () => Promise.resolve(null) }
  const core = createCore({ dataDir, migrations: { root: migrationsRoot }, kdfCost: testKdfCost, shell })
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  await call('auth.unlock', crashAdmin)
  process.stdout.write('ready\n')
  for (let counter = Number(first); ; counter += 1) {
    const fileName = `汇报材料${counter}.pdf`
    const path = join(scratch, fileName)
    const size = 300_000 + Math.floor(Math.random() * 2_700_000)
    writeFileSync(path, Buffer.concat([Buffer.from(crashMaterialMarker, 'utf8'), randomBytes(size)]))
    picked = [path]
    const materials = (await call('topics.addMaterials', { topicId })) as { fileName: string; sha256: string }[]
    const added = materials.find((material) => material.fileName === fileName)
    record({ kind: 'material', fileName, sha256: added?.sha256 ?? '', counter })
    if (counter % 3 === 0) {
      await core.lock('manual')
      record({ kind: 'backup', counter })
      await call('auth.unlock', crashAdmin)
    }
    if (counter % 5 === 0) {
      await call('vault.rotateKeys')
      record({ kind: 'rotate', counter })
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`)
  process.exit(1)
})
