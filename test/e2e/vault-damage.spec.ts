import type { BodyView } from '../../shared/meetings/views'
import { vaultPaths } from '../../electron/core/vault/paths'
import { flipPage, pageOwners, pagesOf } from '../support/page-damage'
import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { adminPassword, createVault, mainNav, unlock } from './support/flows'
import { seedStandingCommittee } from './support/roster-seed'

/*
 * Issue 13, item 6: a page of main.db goes bad while the app is in use (a failing disk).
 * Opening a meeting whose rows sit on it ends the session (keys wiped) and shows the
 * damaged screen with the restore of the newest verified backup, which brings it all back.
 */
test.use({ appTime: '2026-03-02T09:00:00+08:00' })

test('a damaged page found while working: the session ends, the damaged screen offers the backup, the restore brings the meetings back', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await expect(mainNav(page)).toBeVisible()

  await seedStandingCommittee(app.core, '2026-01-01')
  const standing = (await dispatch<BodyView[]>(app.core, 'bodies.list')).find((body) => body.kind === 'standing')!
  for (const date of ['2026-03-09', '2026-03-23', '2026-04-06', '2026-04-20', '2026-05-04', '2026-05-18', '2026-06-01', '2026-06-15']) {
    await dispatch(app.core, 'meetings.create', { bodyId: standing.id, date, startTime: '09:00', place: '区委常委会议室', chairId: null, recorderName: '王秘书' })
  }
  const keyHex = app.core.context.session!.vault.mainKey.toString('hex')

  // Locking writes the automatic backup; then a page of the meetings' members goes bad.
  await page.getByRole('button', { name: '锁定', exact: true }).click()
  await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()
  const mainStore = vaultPaths(app.dataDir).main
  const { pageSize, owners } = pageOwners(mainStore, keyHex)
  const memberPages = pagesOf(owners, 'meeting_members')
  // The members of the last meetings: the page the newest rows went to.
  flipPage(mainStore, memberPages[memberPages.length - 1]!, pageSize)

  await unlock(page)
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: '2026年第8次常委会会议' }).click()

  await expect(page.getByRole('heading', { name: '数据库文件已损坏或不完整' })).toBeVisible()
  await expect(page.getByRole('alert').first()).toContainText('读取数据时发现数据库文件已损坏，已自动锁定')
  await expect(page.getByText('最新的已校验备份')).toBeVisible()
  await expect(page.getByText(/锁定时自动备份/u)).toBeVisible()
  expect(app.core.context.session).toBeNull()
  await app.shot('vault-damage-01-found-while-working')

  await page.getByRole('button', { name: '用这份备份恢复…' }).click()
  const dialog = page.getByRole('dialog', { name: '从备份恢复' })
  await expect(dialog.getByLabel('用户名', { exact: true })).toHaveValue('admin')
  await dialog.getByLabel('制作备份时的密码').fill(adminPassword)
  await dialog.getByRole('button', { name: '校验并恢复' }).click()
  await expect(page.getByText(/已从备份恢复数据/u)).toBeVisible()

  await unlock(page)
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: '2026年第8次常委会会议' }).click()
  await expect(page.getByRole('heading', { name: '2026年第8次常委会会议', level: 1 })).toBeVisible()
  await app.shot('vault-damage-02-restored')
})
