import type { Page } from '@playwright/test'
import { expect, test, type AppHarness } from './support/app'
import { adminPassword, createVault, mainNav, openLiveScreen, unlock } from './support/flows'
import { liveTopics, seedLiveMeeting } from './support/live-seed'

// A 汇报 runs longer than the default 10-minute idle lock: while the live screen of a meeting
// 进行中 is open, the lock waits for the meeting's time (60 minutes by default), counts down
// its last minute, and after unlocking the secretary is back on the same item.

const minute = 60_000
const countdown = (page: Page) => page.getByRole('alert', { name: '即将自动锁定' })
const agendaTab = (page: Page, index: number) => page.getByRole('tab', { name: new RegExp(`^${index + 1}`, 'u') })

/** Screenshots at the office's two screen sizes. */
async function shots(app: AppHarness, name: string): Promise<void> {
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await app.page.setViewportSize({ width, height })
    await app.shot(`${name}-${width}`)
  }
}

test.use({ appTime: '2026-12-08T09:00:00+08:00' })

test('a meeting left idle for 70 minutes: still open at 59 with the countdown, locked at 60, back on the same item after unlock', async ({ app }) => {
  const { page, meeting } = await openLiveScreen(app)
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  await agendaTab(page, 1).click()
  await expect(agendaTab(page, 1)).toHaveAttribute('aria-selected', 'true')

  // Past the office's 10 minutes and well into the report: nothing happens.
  await app.fastForward(30 * minute)
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  await expect(countdown(page)).toHaveCount(0)

  // At 59 minutes the last minute is counted down; a key press keeps the meeting open.
  await app.fastForward(29 * minute)
  await expect(countdown(page)).toContainText('60 秒后锁定')
  await app.fastForward(15_000)
  await expect(countdown(page)).toContainText('45 秒后锁定')
  await shots(app, 'meeting-lock-01-countdown')
  await page.keyboard.press('Shift')
  await expect(countdown(page)).toHaveCount(0)
  expect(await app.core.dispatch('auth.session', undefined)).toMatchObject({ ok: true, value: { username: 'admin' } })

  // Then 70 idle minutes: the countdown at 59, still unlocked; locked at 60.
  await app.fastForward(59 * minute)
  await expect(countdown(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  expect(await app.core.dispatch('auth.session', undefined)).toMatchObject({ ok: true, value: { username: 'admin' } })
  await app.fastForward(minute)
  await expect(page.locator('#lock-reason')).toContainText('闲置超时')
  expect(await app.core.dispatch('auth.session', undefined)).toEqual({ ok: true, value: null })
  await app.fastForward(10 * minute)
  await app.shot('meeting-lock-02-locked')

  // Unlocking returns to the live screen on the second item.
  await unlock(page, 'admin', adminPassword)
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  await expect(agendaTab(page, 1)).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('#item-title')).toContainText(liveTopics[1].title)
  await shots(app, 'meeting-lock-03-resumed')
})

test('without a meeting on screen the office idle time applies, and 锁定 locks at once during a meeting', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core)
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await app.fastForward(10 * minute)
  await expect(page.locator('#lock-reason')).toContainText('闲置超时')
  await unlock(page, 'admin', adminPassword)
  // Back on the meeting's page, not the live screen.
  await expect(page.getByRole('button', { name: '进入会议记录' })).toBeVisible()
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('button', { name: '解锁' })).toBeVisible()
  expect(await app.core.dispatch('auth.session', undefined)).toEqual({ ok: true, value: null })
})
