import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/app'
import { createVault, mainNav, openLiveScreen, openSettingsTab, unlock } from './support/flows'
import { seedStandingCommittee } from './support/roster-seed'

// Every date field shows and takes dates the office's way, whatever the machine's locale:
// typed 2026-12-05 (or 20261205) is shown as 2026年12月5日; times as 上午9:30.

test.use({ appTime: '2026-12-08T10:00:00+08:00' })

async function typedIso(field: Locator): Promise<void> {
  await field.fill('2026-12-05')
  await field.press('Tab')
  await expect(field).toHaveValue('2026年12月5日')
}

const calendar = (page: Page) => page.getByRole('dialog', { name: '日历' })

test('every date field takes 2026-12-05 and shows 2026年12月5日', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await app.page.setViewportSize({ width: 1366, height: 768 })
  await seedStandingCommittee(app.core, '2026-01-01')

  // 新建会议: date and time, typed as digits; a bad date is explained and changes nothing.
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: '新建会议' }).click()
  const create = page.getByRole('dialog', { name: '新建会议' })
  const date = create.getByLabel('会议日期')
  await typedIso(date)
  await date.click()
  await page.keyboard.type('20261210')
  await page.keyboard.press('Tab')
  await expect(date).toHaveValue('2026年12月10日')
  await date.fill('2026-02-30')
  await date.press('Tab')
  await expect(create.getByRole('alert').filter({ hasText: '无法识别「2026-02-30」' })).toBeVisible()
  await date.fill('2026年12月5日')
  await date.press('Tab')
  await expect(date).toHaveValue('2026年12月5日')
  await expect(create.getByRole('alert')).toHaveCount(0)
  const start = create.getByLabel('开始时间')
  await start.fill('0930')
  await start.press('Tab')
  await expect(start).toHaveValue('上午9:30')
  await start.fill('下午3点')
  await start.press('Tab')
  await expect(start).toHaveValue('下午3:00')

  // The calendar: weekends and official holidays marked; Escape closes it and not the dialog.
  await date.fill('2026-10-05')
  await date.press('Alt+ArrowDown')
  await expect(calendar(page)).toBeVisible()
  await expect(calendar(page).locator('.day-holiday')).toHaveCount(7)
  await expect(calendar(page).locator('.day-weekend').first()).toBeVisible()
  await expect(calendar(page)).toContainText('法定节假日')
  await app.shot('date-fields-01-calendar-1366')
  await page.keyboard.press('Escape')
  await expect(calendar(page)).toBeHidden()
  await expect(create).toBeVisible()
  await create.getByRole('button', { name: '打开日历' }).click()
  await calendar(page).getByRole('button', { name: /10月9日/u }).click()
  await expect(calendar(page)).toBeHidden()
  await expect(date).toHaveValue('2026年10月9日')
  await create.getByLabel('会议地点').fill('区委常委会议室')
  await typedIso(date)
  await create.getByRole('button', { name: '创建会议' }).click()
  await expect(page.getByText('2026年12月5日 星期六 15:00 · 区委常委会议室')).toBeVisible()
  await app.shot('date-fields-02-meeting-1366')

  // 议题库 → 申报议题.
  await page.getByRole('button', { name: '← 返回会议列表' }).click()
  await page.getByRole('tab', { name: '议题库' }).click()
  await page.getByRole('button', { name: '申报议题' }).first().click()
  const topic = page.getByRole('dialog', { name: '申报议题' })
  await typedIso(topic.getByLabel('分管领导审核日期'))
  await topic.getByRole('button', { name: '关闭' }).click()

  // 督办 filters.
  await mainNav(page).getByRole('button', { name: '督办' }).click()
  await typedIso(page.getByLabel('办结时限（起）'))
  await typedIso(page.getByLabel('办结时限（止）'))
  await app.shot('date-fields-03-follow-up-1366')

  // 成员: the roster as of a day.
  await mainNav(page).getByRole('button', { name: '成员' }).click()
  await typedIso(page.getByLabel('截至日期'))

  // 干部任免 → 台账.
  await mainNav(page).getByRole('button', { name: '干部任免' }).click()
  await page.getByRole('tab', { name: '台账' }).click()
  await typedIso(page.getByLabel('起始日期'))
  await typedIso(page.getByLabel('截止日期'))

  // 设置 → 审计日志 and 工作日历.
  await openSettingsTab(page, '审计日志')
  await typedIso(page.getByLabel('开始日期'))
  await typedIso(page.getByLabel('结束日期'))
  await openSettingsTab(page, '工作日历')
  await typedIso(page.getByLabel('日期').first())
  await app.page.setViewportSize({ width: 1920, height: 1080 })
  await app.shot('date-fields-04-calendar-settings-1920')
})

test('the live screen: the decision deadline takes a typed date', async ({ app }) => {
  const { page } = await openLiveScreen(app)
  await typedIso(page.getByLabel('办结时限'))
  // Enter commits what is typed, as the office writes it.
  const deadline = page.getByLabel('办结时限')
  await deadline.fill('2027.6.30')
  await deadline.press('Enter')
  await expect(deadline).toHaveValue('2027年6月30日')
  await expect(deadline).toBeFocused()
})
