import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readImportFiles } from '../../../electron/core/personnel/lrmx/read-files'
import { LRM_REFUSAL } from '../../../electron/core/personnel/lrmx/read-lrm'
import { lrmxReadWorker } from '../../support/lrmx-worker'
import { bookVaults, fixtureDir, importFixtures } from './personnel-fixture'

// Forms as other tools write them, through the import channels on a real vault: the old .lrm
// chosen or dropped with its .pic, an .lrm whose fields cannot be placed, a six-digit résumé.

const open = bookVaults()
const base64Of = (name: string) => readFileSync(join(fixtureDir, name)).toString('base64')

describe('importing forms other tools wrote', () => {
  it('picked together, an .lrm and its .pic are one form with its photo; an unplaceable .lrm is refused naming the old format', async () => {
    const vault = await open()
    const { preview, result } = await importFixtures(vault, ['sun-v2.lrm', 'unreadable-v2.lrm', 'sun-v2.pic', 'wang-six-digit-resume.lrmx'])
    expect(preview.files.map((file) => [file.fileName, file.ok])).toEqual([
      ['sun-v2.lrm + sun-v2.pic', true],
      ['unreadable-v2.lrm', false],
      ['wang-six-digit-resume.lrmx', true],
    ])
    expect(preview.files[1]!.refusal).toBe(`unreadable-v2.lrm：${LRM_REFUSAL}`)
    expect(preview.files[0]!.photoDataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//u)
    expect(preview.files[2]!.person!.resume.every((line) => line.from !== null)).toBe(true)
    expect(result.created.map((cadre) => [cadre.name, cadre.hasPhoto, cadre.idNumberVerified])).toEqual([
      ['孙卫东', true, true],
      ['王立新', true, true],
    ])
    const sun = await vault.core.call('personnel.getCadre', { id: result.created[0]!.id })
    expect(sun.form.resume.at(-1)).toEqual({ from: '2003.06', to: null, text: '示例区农业农村局局长' })
  })

  it('dropped together the same; a .pic dropped alone is refused by name', async () => {
    const vault = await open()
    const preview = await vault.core.call('personnel.previewLrmxBytes', {
      files: ['SUN-V2.PIC', 'sun-v2.lrm', 'other.pic'].map((name) => ({ name, base64: base64Of(name === 'other.pic' ? 'sun-v2.pic' : name.toLowerCase()) })),
    })
    expect(preview.files.map((file) => [file.fileName, file.ok, file.refusal])).toEqual([
      ['sun-v2.lrm + SUN-V2.PIC', true, null],
      ['other.pic', false, 'other.pic：这是旧版任免审批表的照片文件（.pic），请与同名的 .lrm 文件一起选择或拖入'],
    ])
    expect(preview.files[0]!.person).toMatchObject({ name: '孙卫东', sex: '男', ethnicity: '汉族' })
  })

  it('an .lrm whose .pic changed between preview and import is not imported', async () => {
    const vault = await open()
    const paths = ['sun-v2.lrm', 'sun-v2.pic'].map((name) => {
      const path = join(vault.folder, name)
      copyFileSync(join(fixtureDir, name), path)
      return path
    })
    vault.core.dialogs.openFiles.push(paths)
    const preview = (await vault.core.call('personnel.previewLrmx'))!
    writeFileSync(paths[1]!, Buffer.concat([readFileSync(paths[1]!), Buffer.from([0])]))
    const result = await vault.core.call('personnel.importLrmx', { token: preview.token, choices: [{ index: 0, action: 'create' }] })
    expect(result).toEqual({ created: [], updated: [], skipped: [{ fileName: 'sun-v2.lrm', reason: '文件在预览之后被修改过，请重新选择并预览' }] })
  })

  it('a lock while the files are read ends the preview as locked: nothing is kept for the next session', async () => {
    const vault = await open()
    const reading = vault.core.dispatch('personnel.previewLrmxBytes', { files: [{ name: 'wang.lrmx', base64: base64Of('wang-six-digit-resume.lrmx') }] })
    await vault.core.lock('manual')
    expect(await reading).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } })
  })
})

describe('the worker that reads the files', () => {
  it('a worker that dies refuses the files it did not read, by name; without a worker they are read in turn', async () => {
    const jobs = [{ source: { kind: 'path' as const, path: join(fixtureDir, 'zhang-promotion.lrmx') } }]
    const lost = await readImportFiles(jobs, 'preview', { file: join(fixtureDir, 'no-such-worker.js') })
    expect(lost).toEqual([{ result: { ok: false, fileName: 'zhang-promotion.lrmx', reason: '读取文件时出错（读取进程意外结束），请重试或分批导入' }, sha256: null }])
    const progress: number[] = []
    const here = await readImportFiles(jobs, 'import', undefined, (done) => progress.push(done))
    expect(here[0]!.result).toMatchObject({ ok: true, person: { name: '张建国' } })
    expect(here[0]!.photoDataUrl).toBeUndefined()
    expect(progress).toEqual([1])
    const onWorker = await readImportFiles(jobs, 'preview', lrmxReadWorker())
    expect(onWorker[0]!.sha256).toBe(here[0]!.sha256)
    expect(onWorker[0]!.photoDataUrl).toMatch(/^data:image\/png;base64,iVBOR/u)
  })
})
