import type { DocumentSettings } from '../../shared/documents/settings'
import { expect, test } from './support/app'
import { createVault, openSettingsTab, unlock } from './support/flows'

// 设置 → 公文: the administrator changes the names, marks, numbering, classification,
// distribution lists, the 任前公示 reporting with the area code and the 会议通知's contact; a
// refused value says why; after a relaunch
// the saved values are back.

test('changes the document settings, refuses an empty name, and keeps them after a restart', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await openSettingsTab(page, '公文')
  const prefix = page.getByLabel('任免通知发文字号前缀', { exact: true })
  await expect(prefix).toHaveValue('示区委')
  await expect(page.getByLabel('发文机关标志', { exact: true })).toHaveValue('中共示例区委文件')
  await app.shot('document-settings-form')

  // An empty 机关简称 is refused in Chinese; nothing is saved.
  await page.getByLabel('机关简称', { exact: true }).fill('')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('alert')).toContainText('请填写机关简称')
  await page.getByLabel('机关简称', { exact: true }).fill('区委')

  await prefix.fill('示委')
  await page.getByLabel('常委会会议纪要标志', { exact: true }).fill('中共示例区委常委会议纪要')
  await page.getByRole('radio', { name: /全年统一编号/u }).check()
  await page.getByLabel('密级', { exact: true }).selectOption({ label: '秘密' })
  await page.getByLabel('保密期限（年）', { exact: true }).fill('5')
  await page.getByRole('button', { name: '添加分送范围' }).click()
  await page.getByLabel('名称', { exact: true }).last().fill('书记专题会议纪要')
  await page.getByLabel('分送单位', { exact: true }).last().fill('区委常委，区委办公室')
  await page.getByLabel('举报电话', { exact: true }).fill('12380')
  await page.getByLabel('电话区号', { exact: true }).fill('0571')
  // 会议通知's contact: a number too short is refused in Chinese, nothing saved.
  await page.getByLabel('联系人', { exact: true }).fill('王秘书')
  await page.getByLabel('联系电话', { exact: true }).fill('8701')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('alert')).toContainText('联系电话应为座机号码（如 87654321 或 0571-87654321）或 11 位手机号码')
  const refused = await app.core.dispatch('documents.settings', undefined)
  expect(refused.ok ? (refused.value as DocumentSettings).meetingContact : null).toEqual({ name: '', phone: '' })
  await page.getByLabel('联系电话', { exact: true }).fill('87012345')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存')).toBeVisible()
  await app.shot('document-settings-saved')

  const saved = await app.core.dispatch('documents.settings', undefined)
  const value = saved.ok ? (saved.value as DocumentSettings) : null
  expect(value).toMatchObject({ appointmentNumberPrefix: '示委', minutesNumbering: 'year', defaultClassification: { level: 'secret', years: 5 }, noticeReporting: { phone: '12380' }, areaCode: '0571', meetingContact: { name: '王秘书', phone: '87012345' } })
  expect(value?.distributionLists.map((list) => list.name)).toEqual(['常委会会议纪要', '书记专题会议纪要'])
  expect(Object.values(value?.minutesMarks ?? {})).toEqual(['中共示例区委常委会议纪要'])

  // Relaunch: the values come back from the vault.
  await app.restart()
  const again = app.page
  await unlock(again)
  await openSettingsTab(again, '公文')
  await expect(again.getByLabel('任免通知发文字号前缀', { exact: true })).toHaveValue('示委')
  await expect(again.getByLabel('分送单位', { exact: true }).last()).toHaveValue('区委常委，区委办公室')
  await expect(again.getByLabel('保密期限（年）', { exact: true })).toHaveValue('5')
  await expect(again.getByLabel('电话区号', { exact: true })).toHaveValue('0571')
  await expect(again.getByLabel('联系电话', { exact: true })).toHaveValue('87012345')
})
