import { generateDemo } from '../../scripts/demo/generate'
import { expect, test } from './support/app'
import { mainNav, unlock } from './support/flows'
import { migrationsRoot } from '../support/vault'

// A tour of the demo vault: a year of meetings and personnel matters, seen the way a
// secretary opens the app on it. Screenshots of each main screen with real volumes.

const adminPassword = 'Yishi#Demo2026'

test('the demo year: meetings, a signed record, topics, the roster, the book and search', async ({ app }) => {
  test.setTimeout(180_000)
  await generateDemo({ dataDir: app.dataDir, migrationsRoot, adminPassword, recorderPassword: 'Jilu#Demo2026' })
  await app.open()
  const page = app.page
  await unlock(page, 'admin', adminPassword)
  await expect(mainNav(page)).toBeVisible()

  // The app opens on 首页: what waits today, and the demo year in figures.
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible()
  await page.getByLabel('年度', { exact: true }).selectOption('2026')
  await expect(page.getByRole('region', { name: '成员出席率' })).toBeVisible()
  await app.shot('tour-00-home')
  await page.getByRole('heading', { name: '年度统计' }).scrollIntoViewIfNeeded()
  await app.shot('tour-00-home-statistics')

  await mainNav(page).getByRole('button', { name: '会议' }).click()
  // The demo is the year 2026, whatever year the machine is in.
  await page.getByLabel('年度', { exact: true }).selectOption('2026')
  await expect(page.getByRole('button', { name: /2026年第24次常委会会议/u })).toBeVisible()
  await app.shot('tour-01-meetings')

  await page.getByRole('button', { name: /2026年第3次常委会会议/u }).click()
  await expect(page.getByRole('heading', { name: /2026年第3次常委会会议/u })).toBeVisible()
  await app.shot('tour-02-signed-meeting-detail')
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await expect(page.getByRole('group', { name: '签发状态' })).toContainText('已签发 · 与签发时一致')
  await app.shot('tour-03-signed-record')
  await page.getByRole('button', { name: /返回/u }).first().click()

  // Its 纪要, issued: the stepper with who and when, and the page as it prints.
  await page.getByRole('button', { name: '会议纪要', exact: true }).click()
  await expect(page.getByText('已签发').first()).toBeVisible()
  await page.getByRole('tab', { name: '预览' }).click()
  await expect(page.getByText(/中共示例区委常委会会议纪要/u).first()).toBeVisible()
  await app.shot('tour-03b-minutes')

  await mainNav(page).getByRole('button', { name: '督办' }).click()
  await page.getByLabel('年度', { exact: true }).selectOption('2026')
  await expect(page.getByRole('button', { name: '逾期', exact: true })).toBeVisible()
  await app.shot('tour-03c-follow-up')

  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('tab', { name: '议题库' }).click()
  await app.shot('tour-04-topics')

  await mainNav(page).getByRole('button', { name: '成员' }).click()
  await expect(page.getByRole('cell', { name: '区委书记', exact: true }).first()).toBeVisible()
  await app.shot('tour-05-roster')
  await page.getByRole('tab', { name: '分工' }).click()
  await app.shot('tour-06-division')

  await mainNav(page).getByRole('button', { name: '干部任免' }).click()
  await expect(page.getByRole('tab', { name: '台账' })).toBeVisible()
  await app.shot('tour-07-register')
  await page.getByRole('tab', { name: '专用记录本' }).click()
  await app.shot('tour-08-book')
  await page.getByRole('tab', { name: '提醒' }).click()
  await app.shot('tour-09-reminders')

  await page.getByRole('searchbox', { name: /搜索/u }).first().fill('孙明')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/找到 \d+ 条结果/u)).toBeVisible()
  await app.shot('tour-10-search')
})
