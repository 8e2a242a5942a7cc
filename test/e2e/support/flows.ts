import type { Page } from '@playwright/test'
import { adminPassword } from '../../support/vault'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { expect, type AppHarness } from './app'
import { seedLiveMeeting, type LiveSeed } from './live-seed'

export { adminPassword }

export const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' })

/** First run: fills the setup form as the secretary would and waits for the unlock screen. */
export async function createVault(app: AppHarness): Promise<void> {
  const page = app.page
  await page.getByLabel('党委全称', { exact: true }).fill('中共示例区委员会')
  await page.getByLabel('简称', { exact: true }).fill('示例区委')
  await page.getByLabel('管理员用户名', { exact: true }).fill('admin')
  await page.getByLabel('管理员姓名', { exact: true }).fill('王秘书')
  await page.getByLabel('密码', { exact: true }).fill(adminPassword)
  await page.getByLabel('确认密码', { exact: true }).fill(adminPassword)
  await page.getByRole('button', { name: '创建数据库' }).click()
  await expect(page.getByRole('heading', { name: '议事录' })).toBeVisible()
}

export async function unlock(page: Page, username = 'admin', password = adminPassword): Promise<void> {
  await page.getByLabel('用户名', { exact: true }).fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '解锁' }).click()
}

export async function openSettingsTab(page: Page, tab: string): Promise<void> {
  await mainNav(page).getByRole('button', { name: '设置' }).click()
  await page.getByRole('tab', { name: tab }).click()
}

/**
 * A new vault, unlocked, with a 常委会 meeting in progress today (seedLiveMeeting), and its
 * live screen (会议记录) open: where the live-screen specs start.
 */
export async function openLiveScreen(app: AppHarness): Promise<LiveSeed & { page: Page }> {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const seed = await seedLiveMeeting(app.core)
  await openLiveScreenOf(page, seed.meeting)
  return { ...seed, page }
}

/** From anywhere in the app: 会议 → the meeting → 进入会议记录. */
export async function openLiveScreenOf(page: Page, meeting: MeetingDetail): Promise<void> {
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()
}
