import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { YishiCore } from '../../electron/core'
import { backupToNewFolder } from '../support/backup'
import { createdVault, removeDir, tempDir } from '../support/vault'
import { expect, test, type AppHarness } from './support/app'
import { adminPassword, createVault, openSettingsTab, unlock } from './support/flows'

async function createVaultAndUnlock(app: AppHarness): Promise<void> {
  await app.open()
  await createVault(app)
  await unlock(app.page)
}

async function openBackupTab(page: Page): Promise<void> {
  await openSettingsTab(page, '备份与恢复')
  await expect(page.getByRole('heading', { name: '立即备份' })).toBeVisible()
}

async function addRecorder(core: Pick<YishiCore, 'dispatch'>, displayName: string): Promise<void> {
  const result = await core.dispatch('users.create', { username: 'jilu', displayName, roles: ['recorder'], personnelGrant: false, password: 'Jilu#Chushi2026' })
  expect(result.ok).toBe(true)
}

test('backup to a folder, damage the vault, restore the newest automatic backup from the damaged screen', async ({ app }) => {
  const usb = tempDir('yishi-usb-')
  try {
    await createVaultAndUnlock(app)
    const page = app.page
    await addRecorder(app.core, '李记录')
    await openBackupTab(page)
    await expect(page.getByText('自动备份文件夹中还没有备份。')).toBeVisible()
    await app.shot('backup-01-tab-empty')

    // 备份到…: core asks for the folder (the OS dialog, answered here) and verifies the copy.
    app.dialogs.directories.push(usb)
    await page.getByRole('button', { name: '备份到…' }).click()
    await expect(page.getByText(/备份完成，已校验/u)).toBeVisible()
    expect(readdirSync(usb)).toHaveLength(1)
    await app.shot('backup-02-done')

    // Locking writes the automatic backup; then main.db is overwritten while the app is away.
    await page.getByRole('button', { name: '锁定', exact: true }).click()
    await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()
    const mainStore = join(app.dataDir, 'vault', 'main.db')
    writeFileSync(mainStore, Buffer.alloc(readFileSync(mainStore).length, 0x42))
    await app.restart()

    // The key file still opens with the password; the store does not: the damaged screen.
    await unlock(app.page)
    const damaged = app.page
    await expect(damaged.getByRole('heading', { name: '数据库文件已损坏或不完整' })).toBeVisible()
    await expect(damaged.getByText('最新的已校验备份')).toBeVisible()
    await expect(damaged.getByText(/锁定时自动备份/u)).toBeVisible()
    await app.shot('backup-03-damaged')

    await damaged.getByRole('button', { name: '用这份备份恢复…' }).click()
    const dialog = damaged.getByRole('dialog', { name: '从备份恢复' })
    await expect(dialog.getByText(/制作这份备份时/u)).toBeVisible()
    await expect(dialog.getByLabel('用户名', { exact: true })).toHaveValue('admin')
    await dialog.getByLabel('制作备份时的密码').fill('Wrong#Password1')
    await dialog.getByRole('button', { name: '校验并恢复' }).click()
    await expect(dialog.getByRole('alert')).toContainText('制作这份备份时有效的密码')
    await dialog.getByLabel('制作备份时的密码').fill(adminPassword)
    await app.shot('backup-04-restore-dialog')
    await dialog.getByRole('button', { name: '校验并恢复' }).click()

    await expect(damaged.getByText(/已从备份恢复数据/u)).toBeVisible()
    await app.shot('backup-05-restored-unlock')
    // Nothing was deleted: the damaged vault sits beside the restored one.
    const keptAside = readdirSync(app.dataDir).filter((name) => name.startsWith('vault.before-restore-'))
    expect(keptAside).toHaveLength(1)
    expect(existsSync(join(app.dataDir, keptAside[0]!, 'main.db'))).toBe(true)

    await unlock(damaged)
    await damaged.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置' }).click()
    await damaged.getByRole('tab', { name: '用户管理' }).click()
    await expect(damaged.getByRole('rowheader', { name: '李记录' })).toBeVisible()
    await damaged.getByRole('tab', { name: '备份与恢复' }).click()
    const list = damaged.getByRole('table', { name: '自动备份列表' })
    await list.scrollIntoViewIfNeeded()
    await expect(list.getByRole('img', { name: '已校验' }).first()).toBeVisible()
    await expect(damaged.getByText(/上次自动备份：.*已校验/u)).toBeVisible()
    await app.shot('backup-06-tab-after-restore')
  } finally {
    removeDir(usb)
  }
})

test('restore from a backup on a USB drive, from the settings tab, while unlocked', async ({ app }) => {
  const usb = tempDir('yishi-usb-')
  try {
    await createVaultAndUnlock(app)
    const page = app.page
    await openBackupTab(page)
    app.dialogs.directories.push(usb)
    await page.getByRole('button', { name: '备份到…' }).click()
    await expect(page.getByText(/备份完成，已校验/u)).toBeVisible()
    // A change after the backup, which the restore undoes.
    await addRecorder(app.core, '备份后新增')

    // A large vault: the copy runs in the background and the tab shows its progress.
    app.core.context.session!.vault.mainSqlite.exec('CREATE TABLE ballast (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150) INSERT INTO ballast SELECT randomblob(1048576) FROM n;')
    const large = tempDir('yishi-usb-large-')
    try {
      app.dialogs.directories.push(large)
      await page.getByRole('button', { name: '备份到…' }).click()
      await expect(page.getByRole('progressbar', { name: '备份进度' })).toBeVisible()
      await expect(page.getByText(/正在(复制数据库（.+ \/ .+）|校验备份)…/u)).toBeVisible()
      await app.shot('backup-07a-progress')
      await expect(page.getByText(/备份完成，已校验/u)).toBeVisible({ timeout: 60_000 })
    } finally {
      removeDir(large)
    }
    app.core.context.session!.vault.mainSqlite.exec('DROP TABLE ballast')

    app.dialogs.directories.push(usb)
    await page.getByRole('button', { name: '从备份恢复…' }).click()
    const dialog = page.getByRole('dialog', { name: '从备份恢复' })
    await expect(dialog.getByText(/手动备份/u)).toBeVisible()
    await dialog.getByLabel('制作备份时的密码').fill(adminPassword)
    await app.shot('backup-07-restore-from-usb')
    await dialog.getByRole('button', { name: '校验并恢复' }).click()
    await expect(page.getByText(/已从备份恢复数据/u)).toBeVisible()

    await unlock(page)
    await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '设置' }).click()
    await page.getByRole('tab', { name: '用户管理' }).click()
    await expect(page.getByRole('rowheader', { name: '王秘书' })).toBeVisible()
    await expect(page.getByRole('rowheader', { name: '备份后新增' })).toHaveCount(0)
  } finally {
    removeDir(usb)
  }
})

test('a new computer starts from the backup of the old one, from the first-run screen', async ({ app }) => {
  const oldComputer = await createdVault()
  try {
    await oldComputer.call('auth.unlock', { username: 'admin', password: adminPassword })
    await addRecorder(oldComputer, '旧电脑上的记录员')
    const { dir } = await backupToNewFolder(oldComputer)
    oldComputer.context.lock('manual')

    await app.open()
    const page = app.page
    await expect(page.getByRole('heading', { name: '首次使用：创建加密数据库' })).toBeVisible()
    app.dialogs.directories.push(dir)
    await page.getByRole('button', { name: '从备份恢复…' }).click()
    const dialog = page.getByRole('dialog', { name: '从备份恢复' })
    await dialog.getByLabel('用户名', { exact: true }).fill('admin')
    await dialog.getByLabel('制作备份时的密码').fill(adminPassword)
    await app.shot('backup-08-restore-on-new-computer')
    await dialog.getByRole('button', { name: '校验并恢复' }).click()
    await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()

    await unlock(page)
    await openSettingsTab(page, '用户管理')
    await expect(page.getByRole('rowheader', { name: '旧电脑上的记录员' })).toBeVisible()
  } finally {
    oldComputer.context.lock('manual')
    removeDir(oldComputer.dataDir)
  }
})
