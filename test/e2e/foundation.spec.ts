import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/app'
import { adminPassword, createVault, mainNav, openSettingsTab, unlock } from './support/flows'

test('first run: the secretary creates the encrypted vault, locks it and unlocks it again', async ({ app }) => {
  const page = app.page
  await app.open()
  await expect(page.getByRole('heading', { name: '首次使用：创建加密数据库' })).toBeVisible()
  await app.shot('foundation-01-setup')

  // The rules are shown while typing, not after a failed submit.
  await page.getByLabel('密码', { exact: true }).fill('short')
  await app.shot('foundation-02-setup-password-rules')
  await expect(page.getByText(/至少 10 个字符/u).first()).toBeVisible()

  // A weak password is refused in the form; nothing is created.
  await page.getByLabel('党委全称', { exact: true }).fill('中共示例区委员会')
  await page.getByLabel('简称', { exact: true }).fill('示例区委')
  await page.getByLabel('管理员用户名', { exact: true }).fill('admin')
  await page.getByLabel('管理员姓名', { exact: true }).fill('王秘书')
  await page.getByLabel('确认密码', { exact: true }).fill('short')
  await page.getByRole('button', { name: '创建数据库' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  expect(await app.core.dispatch('vault.status', undefined)).toMatchObject({ ok: true, value: { state: 'absent' } })

  await createVault(app)
  await expect(page.getByLabel('用户名', { exact: true })).toHaveValue('admin')
  await app.shot('foundation-03-unlock-after-setup')

  // The store on disk is ciphertext: no SQLite header, no committee name.
  const mainStore = readFileSync(join(app.dataDir, 'vault', 'main.db'))
  expect(mainStore.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
  expect(mainStore.includes(Buffer.from('中共示例区委员会'))).toBe(false)

  // A wrong password: a clear Chinese message, the password field emptied.
  await unlock(page, 'admin', 'Wrong#Password1')
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误')
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('')
  await app.shot('foundation-04-unlock-wrong-password')

  await unlock(page, 'admin', adminPassword)
  await expect(mainNav(page)).toBeVisible()
  await expect(page.getByText('示例区委').first()).toBeVisible()
  for (const item of ['会议', '干部任免', '成员', '督办', '设置']) await expect(mainNav(page).getByRole('button', { name: item })).toBeVisible()
  await app.shot('foundation-05-main-meetings')

  // Every destination has a page with a clear state, never a blank screen.
  for (const item of ['干部任免', '成员', '督办']) {
    await mainNav(page).getByRole('button', { name: item }).click()
    await expect(page.getByRole('main')).not.toBeEmpty()
  }
  await mainNav(page).getByRole('button', { name: '干部任免' }).click()
  await app.shot('foundation-06-personnel')

  // Ctrl+L locks from anywhere; relaunching keeps the vault.
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()
  await app.restart()
  await expect(app.page.getByRole('button', { name: '解锁' })).toBeVisible()
  await unlock(app.page, 'admin', adminPassword)
  await expect(mainNav(app.page)).toBeVisible()
  await app.page.getByRole('button', { name: '锁定', exact: true }).click()
  await expect(app.page.getByRole('button', { name: '解锁' })).toBeVisible()
})

test('repeated wrong passwords make the user wait, shown as a countdown', async ({ app }) => {
  await app.open()
  await createVault(app)
  const page = app.page
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await unlock(page, 'admin', `Wrong#Password${attempt}`)
    await expect(page.getByRole('alert')).toBeVisible()
  }
  await unlock(page, 'admin', adminPassword)
  await expect(page.getByRole('timer')).toBeVisible()
  await expect(page.getByRole('button', { name: '解锁' })).toBeDisabled()
  await app.shot('foundation-07-unlock-throttled')
  // The right password works once the wait is over.
  await expect(page.getByRole('button', { name: '解锁' })).toBeEnabled({ timeout: 15_000 })
  await unlock(page, 'admin', adminPassword)
  await expect(mainNav(page)).toBeVisible()
})

test('the administrator creates a recorder, who must change the initial password and cannot manage users', async ({ app }) => {
  await app.open()
  await createVault(app)
  const page = app.page
  await unlock(page, 'admin', adminPassword)
  await openSettingsTab(page, '用户管理')
  await app.shot('foundation-08-users')

  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('用户名', { exact: true }).fill('jilu')
  await dialog.getByLabel('姓名', { exact: true }).fill('李记录')
  await dialog.getByLabel('记录员').check()
  await dialog.getByLabel('初始密码', { exact: true }).fill('Jilu#Start2026')
  await app.shot('foundation-09-new-user')
  await dialog.getByRole('button', { name: '创建用户' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row', { name: /李记录/u })).toBeVisible()
  await app.shot('foundation-10-users-after-create')

  await page.getByRole('tab', { name: '审计日志' }).click()
  await expect(page.getByText(/日志链完整/u)).toBeVisible()
  await expect(page.getByRole('cell', { name: /李记录/u }).first()).toBeVisible()
  await app.shot('foundation-11-audit')

  await page.getByRole('button', { name: '锁定', exact: true }).click()
  await unlock(page, 'jilu', 'Jilu#Start2026')
  await expect(page.getByRole('heading', { name: '请先修改初始密码' })).toBeVisible()
  await app.shot('foundation-12-forced-password-change')
  // The core refuses other calls until the password is changed, whatever the UI shows.
  expect(await app.core.dispatch('settings.get', undefined)).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } })
  await page.getByLabel('当前密码', { exact: true }).fill('Jilu#Start2026')
  await page.getByLabel('新密码', { exact: true }).fill('Jilu#Mine2026x')
  await page.getByLabel('确认新密码', { exact: true }).fill('Jilu#Mine2026x')
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(mainNav(page)).toBeVisible()

  await mainNav(page).getByRole('button', { name: '设置' }).click()
  await expect(page.getByRole('tab', { name: '本人账号' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '用户管理' })).toHaveCount(0)
  // Hidden in the UI and refused by the core.
  expect(await app.core.dispatch('users.list', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  await app.shot('foundation-13-recorder-settings')
})

test('an idle session locks itself and says why', async ({ app }) => {
  await app.open()
  await createVault(app)
  await app.restart('?idleLockSeconds=2')
  await unlock(app.page, 'admin', adminPassword)
  await expect(mainNav(app.page)).toBeVisible()
  await expect(app.page.locator('#lock-reason')).toContainText('闲置超时', { timeout: 10_000 })
  await app.shot('foundation-14-idle-locked')
  expect(await app.core.dispatch('auth.session', undefined)).toEqual({ ok: true, value: null })
})

test('a lock from the system (screen lock, suspend) returns to the unlock screen with the reason', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page, 'admin', adminPassword)
  await expect(mainNav(app.page)).toBeVisible()
  await app.core.lock('screen-lock')
  await expect(app.page.locator('#lock-reason')).toContainText('系统锁屏')
})

test('the administrator filters the audit log and exports it', async ({ app }) => {
  await app.open()
  await createVault(app)
  const page = app.page
  await unlock(page, 'admin', adminPassword)
  await expect(mainNav(page)).toBeVisible()
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()
  await unlock(page, 'admin', adminPassword)
  await openSettingsTab(page, '审计日志')
  const rows = page.getByRole('table', { name: '审计日志' }).locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const everything = await rows.count()

  await page.getByLabel('操作', { exact: true }).selectOption({ label: '解锁' })
  await expect(rows).toHaveCount(2)
  await page.getByLabel('开始日期').fill('2000-01-01')
  await page.getByLabel('结束日期').fill('2000-01-31')
  await expect(page.getByText('没有符合筛选条件的记录。')).toBeVisible()
  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(rows).toHaveCount(everything)
  await page.getByLabel('用户', { exact: true }).selectOption({ label: '王秘书' })
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '锁定' })
  await expect(rows).toHaveCount(1)
  await app.shot('foundation-15-audit-filtered')

  const file = join(app.dataDir, 'audit-export.csv')
  app.dialogs.saveFiles.push(file)
  await page.getByRole('button', { name: '导出筛选结果…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已导出 1 条记录' })).toBeVisible()
  expect(readFileSync(file, 'utf8')).toContain(',王秘书,锁定,auth.lock,')
})

test('the administrator rotates the data keys; everyone still unlocks with the same password', async ({ app }) => {
  await app.open()
  await createVault(app)
  const page = app.page
  await unlock(page, 'admin', adminPassword)
  await openSettingsTab(page, '单位与安全')
  await page.getByRole('button', { name: '更换数据密钥…' }).click()
  await app.shot('foundation-16-key-rotation-confirm')
  await page.getByRole('dialog').getByRole('button', { name: '确认更换' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已更换主数据库和干部任免专用记录本的数据密钥' })).toBeVisible()
  await app.shot('foundation-17-key-rotation-done')
  await page.getByRole('button', { name: '锁定', exact: true }).click()
  await unlock(page, 'admin', adminPassword)
  await expect(mainNav(page)).toBeVisible()
})
