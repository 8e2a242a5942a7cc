import { expect, test } from './support/app'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'

test('停用 a user: the dialog says the keys move and the backups made before still open; the old automatic backups can be deleted', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const created = await app.core.dispatch('users.create', { username: 'laoli', displayName: '李干事', roles: ['recorder'], personnelGrant: true, password: 'Chushi#Mima2026' })
  expect(created.ok).toBe(true)
  // A lock writes an automatic backup: one made before 停用.
  await page.keyboard.press('Control+l')
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()

  await openSettingsTab(page, '用户管理')
  await page.getByRole('row', { name: /李干事/u }).getByRole('button', { name: '停用' }).click()
  const confirm = page.getByRole('dialog', { name: '停用用户' })
  await expect(confirm).toContainText('停用的同时更换数据密钥')
  await expect(confirm).toContainText('停用前的备份仍可用该用户原来的密码打开')
  await app.shot('users-disable-01-confirm')
  await confirm.getByRole('button', { name: '确认停用' }).click()

  const result = page.getByRole('dialog', { name: '已停用用户' })
  await expect(result).toContainText('并更换了数据密钥：主数据库、干部任免专用记录本')
  await expect(result).toContainText(/停用前的 \d+ 份自动备份仍可用该用户原来的密码打开/u)
  await app.shot('users-disable-02-result')
  await result.getByRole('button', { name: /删除 \d+ 份旧的自动备份/u }).click()
  await expect(result).toContainText(/已删除 \d+ 份停用前的自动备份/u)
  await app.shot('users-disable-03-backups-deleted')
  await result.getByRole('button', { name: '完成' }).click()
  await expect(page.getByText('已停用 李干事（laoli），其密钥已删除。')).toBeVisible()

  const [latest] = ((await app.core.dispatch('audit.list', { limit: 2 })) as { ok: true; value: { action: string }[] }).value
  expect(latest?.action).toBe('backup.removeOld')
})
