import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLrmx } from '../../../electron/core/personnel/lrmx'
import { bookVaults, fixtureDir, importFixtures } from './personnel-fixture'

// Profiles typed by hand (personnel.saveCadre) and .lrmx files dropped on the page
// (personnel.previewLrmxBytes: bytes instead of paths), on real vaults.

const open = bookVaults()
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const handForm = {
  name: '周明',
  sex: '男',
  birth: '198205',
  ethnicity: '汉族',
  nativePlace: '示例省示例市',
  partyJoined: '2004.06',
  workStarted: '2005.07',
  fullTimeEducation: { education: '大学', degree: '法学学士', educationSchool: '示例大学法律系法学专业', degreeSchool: '' },
  currentPost: '示例区司法局副局长',
  resume: '2005.07--2012.03  示例区司法局科员\n2012.03--  示例区司法局副局长\n                  （其间：2015.09--2017.07在示例省委党校学习）',
  family: [{ relation: '妻子', name: '林静', birth: '1984.03', politicalStatus: '中共党员', workUnitAndPost: '示例区第一中学教师' }],
  reportingUnit: '中共示例区委组织部',
  idNumber: '110111198203150014',
  photo: { base64: tinyPng },
}

const base64Of = (name: string) => readFileSync(join(fixtureDir, name)).toString('base64')

describe('personnel.saveCadre: a profile typed by hand', () => {
  it('creates a profile from the form, reads every date form and the résumé, and audits it without naming the cadre', async () => {
    const vault = await open()
    const created = await vault.core.call('personnel.saveCadre', handForm)
    expect(created).toMatchObject({ name: '周明', birth: '1982.05', idNumber: '110111198203150014', idNumberVerified: true, hasPhoto: true, matterCount: 0 })
    expect(created.photoDataUrl).toBe(`data:image/png;base64,${tinyPng}`)
    expect(created.form.partyJoined).toEqual({ year: 2004, month: 6, formatted: '2004.06' })
    expect(created.form.resume).toEqual([
      { from: '2005.07', to: '2012.03', text: '示例区司法局科员' },
      { from: '2012.03', to: null, text: '示例区司法局副局长\n（其间：2015.09--2017.07在示例省委党校学习）' },
    ])
    expect(created.form.family[0]).toMatchObject({ relation: '妻子', name: '林静', birth: { formatted: '1984.03' } })
    expect((await vault.core.call('personnel.listCadres', { query: '周明' })).map((c) => c.id)).toEqual([created.id])
    const [audit] = await vault.core.call('audit.list', { limit: 1 })
    expect(audit).toMatchObject({ action: 'personnel.cadre.create', summary: '新建干部任免审批表（手工录入）' })
    expect(audit!.summary).not.toContain('周明')
  })

  it('updates a profile, keeping the photo and what the screen does not show, and exports it as .lrmx that reads back the same', async () => {
    const vault = await open()
    await importFixtures(vault, ['zhang-promotion.lrmx'])
    const [zhang] = await vault.core.call('personnel.listCadres', { query: '建国' })
    const before = await vault.core.call('personnel.getCadre', { id: zhang!.id })
    const birth = before.form.birth && 'formatted' in before.form.birth ? before.form.birth.formatted : ''
    const updated = await vault.core.call('personnel.saveCadre', { id: zhang!.id, name: '张建国', birth, currentPost: '示例区发展和改革委员会主任', resume: '2001.07--  示例区白云乡科员' })
    expect(updated).toMatchObject({ id: zhang!.id, currentPost: '示例区发展和改革委员会主任', hasPhoto: true })
    expect(updated.photoDataUrl).toBe(before.photoDataUrl)
    expect(updated.form.version).toBe(before.form.version)
    expect(updated.form.extra).toEqual(before.form.extra)
    const matter = await vault.core.call('personnel.saveMatter', { cadreId: zhang!.id, actionType: 'appoint', proposedPost: '示例区发展和改革委员会主任', stages: {} })
    const target = join(vault.folder, 'zhang.lrmx')
    vault.core.dialogs.saveFiles.push(target)
    await vault.core.call('personnel.exportLrmx', { matterId: matter.id })
    const reread = readLrmx(readFileSync(target), 'zhang.lrmx')
    expect(reread.ok && [reread.person.currentPost, reread.person.resume]).toEqual(['示例区发展和改革委员会主任', [{ from: '2001.07', to: null, text: '示例区白云乡科员' }]])
    const removed = await vault.core.call('personnel.saveCadre', { id: zhang!.id, name: '张建国', photo: 'remove' })
    expect([removed.hasPhoto, removed.photoDataUrl]).toEqual([false, null])
  })

  it('a typed résumé in the other tools\' forms: six digits and 至今 are dated, a line without a period is kept on its own', async () => {
    const vault = await open()
    const created = await vault.core.call('personnel.saveCadre', { ...handForm, resume: '200507--201203  示例区司法局科员\n曾借调市司法局\n201203--至今  示例区司法局副局长' })
    expect(created.form.resume).toEqual([
      { from: '2005.07', to: '2012.03', text: '示例区司法局科员' },
      { from: null, to: null, text: '曾借调市司法局' },
      { from: '2012.03', to: '至今', text: '示例区司法局副局长' },
    ])
  })

  it('refuses a date that is not a month, a wrong ID number, a bad résumé line, a picture that is not one, and a duplicate ID number; nothing changes', async () => {
    const vault = await open()
    await vault.core.call('personnel.saveCadre', handForm)
    const refusals: [input: object, message: string][] = [
      [{ ...handForm, idNumber: '', birth: '1982.13' }, '出生年月“1982.13”不是有效的年月，请写成 1980.05、198005 或 1980.05.12，未保存。'],
      [{ ...handForm, idNumber: '110111198203150012' }, '身份证号 110111198203150012 不正确（应为 18 位，出生日期真实，最后一位校验码相符），未保存。'],
      [{ ...handForm, idNumber: '', resume: '2005.13--2012.03  科员' }, '简历第 1 行的起止年月无效：2005.13--2012.03  科员。每行写成“2015.07--2021.03  职务”，未保存。'],
      [{ ...handForm, idNumber: '', photo: { base64: Buffer.from('GIF89a').toString('base64') } }, '照片不是 JPEG 或 PNG 图片，未导入照片：请选择 JPEG 或 PNG 格式的照片，未保存。'],
      [{ ...handForm, name: '周明明' }, '身份证号 110111198203150014 已在专用记录本中，请选择更新已有的干部信息'],
    ]
    for (const [input, message] of refusals) {
      const result = await vault.core.raw('personnel.saveCadre', input as never)
      expect(result.ok ? null : result.error.message).toBe(message)
    }
    expect((await vault.core.call('personnel.listCadres', {})).map((c) => c.name)).toEqual(['周明'])
    expect((await vault.core.call('audit.list', { limit: 20 })).filter((e) => e.action === 'personnel.cadre.create')).toHaveLength(1)
  })
})

describe('personnel.listCadres: the 干部档案 list', () => {
  it('comes in 姓氏笔画 order, and a search keeps that order', async () => {
    const vault = await open()
    const names = ['黄坤明', '何卫东', '王沪宁', '李书磊', '马兴瑞', '李希', '丁薛祥', '袁家军']
    for (const [index, name] of names.entries()) await vault.core.call('personnel.saveCadre', { name, currentPost: index % 2 === 0 ? '示例区委办公室主任' : '示例区财政局局长' })
    expect((await vault.core.call('personnel.listCadres', {})).map((c) => c.name)).toEqual(['丁薛祥', '马兴瑞', '王沪宁', '李希', '李书磊', '何卫东', '袁家军', '黄坤明'])
    expect((await vault.core.call('personnel.listCadres', { query: '办公室' })).map((c) => c.name)).toEqual(['丁薛祥', '马兴瑞', '王沪宁', '黄坤明'])
  })
})

describe('personnel.previewLrmxBytes: files dropped on the page', () => {
  it('previews the dropped bytes like picked files (refusals name the file), and imports them under the token', async () => {
    const vault = await open()
    const names = readdirSync(fixtureDir).filter((name) => name.endsWith('.lrmx')).sort()
    const preview = await vault.core.call('personnel.previewLrmxBytes', { files: names.map((name) => ({ name: `C:\\下载\\${name}`, base64: base64Of(name) })) })
    expect(preview.files.map((f) => f.fileName)).toEqual(names)
    expect(preview.files.filter((f) => !f.ok).map((f) => f.refusal)).toEqual([
      'hostile-xxe.lrmx：文件含有 DOCTYPE/实体声明，可能是恶意文件，已拒绝',
      'truncated.lrmx：文件不完整或格式错误（第 20 行：文件在元素结束前中断）',
    ])
    expect(preview.files.find((f) => f.fileName === 'zhang-promotion.lrmx')!.photoDataUrl).toMatch(/^data:image\/(png|jpeg);base64,/u)
    const result = await vault.core.call('personnel.importLrmx', { token: preview.token, choices: preview.files.filter((f) => f.ok).map((f) => ({ index: f.index, action: 'create' as const })) })
    expect(result.created.map((c) => c.name).sort()).toEqual(['张建国', '李秀英', '王立新', '赵敏', '陈志强'].sort())
    // The same bytes dropped again: the picked and the dropped paths share one preview, with the duplicate found.
    const again = await vault.core.call('personnel.previewLrmxBytes', { files: [{ name: 'zhang-promotion.lrmx', base64: base64Of('zhang-promotion.lrmx') }] })
    expect(again.files[0]).toMatchObject({ ok: true, differences: [] })
    expect(again.files[0]!.existing === null).toBe(!result.created.find((c) => c.name === '张建国')!.idNumberVerified)
  })

  it('refuses more than 50 files before reading anything, and a file over 5 MB or content that is not base64 by name', async () => {
    const vault = await open()
    const many = await vault.core.raw('personnel.previewLrmxBytes', { files: Array.from({ length: 51 }, (_, i) => ({ name: `${i}.lrmx`, base64: 'PFBlcnNvbi8+' })) })
    expect(many.ok ? null : many.error.message).toBe('输入的内容不符合要求：一次最多导入 50 个文件')
    const garbage = await vault.core.call('personnel.previewLrmxBytes', { files: [{ name: 'a.lrmx', base64: '<Person/>' }] })
    expect(garbage.files[0]).toMatchObject({ ok: false, refusal: 'a.lrmx：文件内容的编码不正确（不是 base64），未读取' })
    const big = await vault.core.call('personnel.previewLrmxBytes', { files: [{ name: 'big.lrmx', base64: Buffer.alloc(6 * 1024 * 1024, 32).toString('base64') }] })
    expect(big.files[0]).toMatchObject({ ok: false, refusal: 'big.lrmx：文件超过 5 MB，不是任免审批表' })
    expect(await vault.core.call('personnel.listCadres', {})).toEqual([])
  })
})
