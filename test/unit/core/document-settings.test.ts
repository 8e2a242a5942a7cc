import { afterEach, describe, expect, it } from 'vitest'
import { defaultDocumentSettings, type DocumentSettings } from '../../../shared/documents/settings'
import { adminPassword, committeeName, createdVault, removeDir, type TestCore } from '../../support/vault'
import { standingBodyId } from './personnel-fixture'

// 设置 → 公文 on a real vault: defaults from the committee's name, an audited update, and
// refusals that change nothing.

let core: TestCore | undefined
afterEach(() => {
  core?.context.lock('manual')
  if (core) removeDir(core.dataDir)
  core = undefined
})

async function admin(): Promise<TestCore> {
  core = await createdVault({ now: () => new Date('2026-11-23T02:00:00.000Z') })
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  return core
}

const changed = (base: DocumentSettings): DocumentSettings => ({
  ...base,
  appointmentNumberPrefix: '示委',
  minutesMarks: { [standingBodyId]: '中共示例区委常委会议纪要' },
  minutesNumbering: 'year',
  defaultClassification: { level: 'secret', years: 5 },
  distributionLists: [...base.distributionLists, { name: '书记专题会议纪要', text: '区委常委' }],
  noticeReporting: { unit: '中共示例区委组织部', phone: '0571-12380', address: '示例区人民路1号' },
  areaCode: '0571',
  meetingContact: { name: '王秘书', phone: '87012345' },
})

describe('设置 → 公文', () => {
  it('starts from the committee’s names and saves a change with an audit entry', async () => {
    const vault = await admin()
    const initial = await vault.call('documents.settings')
    expect(initial).toEqual(defaultDocumentSettings(committeeName))
    expect(initial.appointmentNumberPrefix).toBe('示区委')
    const next = changed(initial)
    expect(await vault.call('documents.updateSettings', next)).toEqual(next)
    expect(await vault.call('documents.settings')).toEqual(next)
    const [audit] = await vault.call('audit.list', { limit: 1 })
    expect(audit).toMatchObject({ action: 'documents.updateSettings', entity: 'settings', entityId: 'documents', summary: '修改公文设置（机关简称 区委，发文字号前缀 示委，分送范围 2 个）' })
  })

  it('refuses bad settings with the rule in Chinese and changes nothing', async () => {
    const vault = await admin()
    const initial = await vault.call('documents.settings')
    const before = (await vault.call('audit.list', { limit: 1 }))[0]
    const cases: [unknown, string][] = [
      [{ ...initial, issuerShortName: '  ' }, '请填写机关简称'],
      [{ ...initial, defaultClassification: { level: 'confidential', years: 40 } }, '保密期限不超过 30 年'],
      [{ ...initial, minutesMarks: { '0b6f3c1e-5a1d-4c57-9a51-1c0de00000ff': '某纪要' } }, '纪要标志对应的会议机构不存在（可能已被删除），请刷新后重试，公文设置未保存。'],
      [{ ...initial, distributionLists: [{ name: '常委', text: 'a' }, { name: '常委', text: 'b' }] }, '分送范围“常委”重名，请改用不同的名称，公文设置未保存。'],
      [{ ...initial, defaultClassification: { level: 'none', years: 10 } }, '不标密级时不填写保密期限，公文设置未保存。'],
      [{ ...initial, noticeReporting: { ...initial.noticeReporting, phone: '' } }, '请填写举报电话'],
      [{ ...initial, noticeReporting: { ...initial.noticeReporting, phone: '举报12380' } }, '举报电话应为号码（如 12380）或带区号的号码（如 0571-12380）'],
      [{ ...initial, areaCode: '571' }, '电话区号应为 0 开头的 3 至 4 位数字，例如 0571'],
      [{ ...initial, meetingContact: { name: '王秘书', phone: '8701' } }, '联系电话应为座机号码（如 87654321 或 0571-87654321）或 11 位手机号码'],
      [{ ...initial, meetingContact: { name: '王秘书', phone: '' } }, '联系人和联系电话请同时填写（或同时留空）'],
    ]
    for (const [input, message] of cases) {
      const refused = await vault.raw('documents.updateSettings', input as DocumentSettings)
      expect(refused.ok).toBe(false)
      if (!refused.ok) {
        expect(refused.error.code).toBe('INVALID_INPUT')
        expect(refused.error.message).toContain(message)
      }
    }
    expect(await vault.call('documents.settings')).toEqual(initial)
    expect((await vault.call('audit.list', { limit: 1 }))[0]).toEqual(before)
  })

  it('reads settings saved before the area code and the 会议通知 contact existed, with those empty', async () => {
    const vault = await admin()
    const { areaCode: _areaCode, meetingContact: _contact, ...older } = await vault.call('documents.settings')
    vault.context.session!.vault.mainSqlite.prepare("insert or replace into settings (key, value, updated_at, updated_by) values ('documents', ?, '2026-01-01T00:00:00.000Z', null)").run(JSON.stringify({ ...older, noticeReporting: { ...older.noticeReporting, phone: '12380' } }))
    expect(await vault.call('documents.settings')).toMatchObject({ areaCode: '', meetingContact: { name: '', phone: '' }, noticeReporting: { phone: '12380' } })
  })

  it('lets every user read them but only administrators change them', async () => {
    const vault = await admin()
    await vault.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Yuan2026x' })
    await vault.call('auth.lock')
    await vault.call('auth.unlock', { username: 'jilu', password: 'Jilu#Yuan2026x' })
    await vault.call('auth.changePassword', { currentPassword: 'Jilu#Yuan2026x', newPassword: 'Jilu#Yuan2027y' })
    const settings = await vault.call('documents.settings')
    const refused = await vault.raw('documents.updateSettings', changed(settings))
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await vault.call('documents.settings')).toEqual(settings)
  })
})
