import { expect, test } from './support/app'
import { seriousViolations } from './support/axe'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'

// Every main screen, checked by axe for WCAG 2 AA (text contrast ≥ 4.5:1 among the rest):
// no serious or critical violation.

test('the main screens have no serious accessibility violations (contrast included)', async ({ app }) => {
  test.setTimeout(180_000)
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core)
  const found: Record<string, string[]> = {}
  const check = async (name: string) => {
    await page.waitForLoadState('networkidle')
    found[name] = await seriousViolations(page)
  }

  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible()
  await check('首页')
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await expect(page.getByRole('button', { name: meeting.label })).toBeVisible()
  await check('会议')
  await page.getByRole('tab', { name: '议题库' }).click()
  await check('议题库')
  await page.getByRole('tab', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await expect(page.getByRole('heading', { name: meeting.label, level: 1 })).toBeVisible()
  await check('会议记录')
  await mainNav(page).getByRole('button', { name: '成员' }).click()
  await check('成员')
  await mainNav(page).getByRole('button', { name: '干部任免' }).click()
  await check('干部任免')
  await mainNav(page).getByRole('button', { name: '督办' }).click()
  await check('督办')
  await openSettingsTab(page, '单位与安全')
  await check('设置')

  expect(found).toEqual({ 首页: [], 会议: [], 议题库: [], 会议记录: [], 成员: [], 干部任免: [], 督办: [], 设置: [] })
})
