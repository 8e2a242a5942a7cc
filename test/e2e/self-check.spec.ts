import { generateDemo } from '../../scripts/demo/generate'
import { migrationsRoot } from '../support/vault'
import { expect, test } from './support/app'
import { mainNav, unlock } from './support/flows'

// 自查 over the demo year, which carries deliberate lapses: August with one 常委会, a report
// filed a working day late for 10 September, tasks overdue without a progress report, one
// member who did not report to the committee in the third quarter.

const adminPassword = 'Yishi#Demo2026'

test('the self-check of the demo year lists its lapses and opens a finding\'s record', async ({ app }) => {
  test.setTimeout(240_000)
  await generateDemo({ dataDir: app.dataDir, migrationsRoot, adminPassword, recorderPassword: 'Jilu#Demo2026' })
  await app.open()
  const page = app.page
  await unlock(page, 'admin', adminPassword)
  await mainNav(page).getByRole('button', { name: '自查' }).click()
  await expect(page.getByRole('heading', { name: '议事规则执行情况自查', level: 1 })).toBeVisible()
  await page.getByLabel('年度', { exact: true }).selectOption('2026')

  const rule = (id: string) => page.locator(`[data-rule="${id}"]`)
  await expect(page.getByRole('status').filter({ hasText: '常委会会议 · 2026年' })).toContainText('共召开 23 次会议')
  await expect(rule('meeting-frequency')).toContainText('不符合')
  await expect(rule('meeting-frequency')).toContainText('8月只召开1次常委会会议（要求每月至少2次）')
  await expect(rule('material-deadline')).toContainText(/议题一《[^》]+》材料逾期1个工作日提交/u)
  await expect(rule('follow-up-overdue')).toContainText(/督办事项《[^》]+》逾期\d+天未报告进展/u)
  await expect(rule('member-reports').getByRole('listitem')).toHaveCount(1)
  await expect(rule('member-reports')).toContainText(/同志牵头的决定2026年第三季度未向常委会报告落实情况/u)
  await expect(rule('quorum')).toContainText('符合')
  await expect(rule('principal-last')).toContainText('主持人调整发言顺序，原因：区长须提前离会')
  await expect(rule('recusal')).toContainText('孙明同志回避，原因：')
  await expect(page.getByRole('table', { name: '会议召开次数（按月）' }).getByRole('row', { name: /^8月 1$/u })).toBeVisible()
  await app.shot('self-check-demo-year')

  // The report: the narrative edited first, then the document as it prints.
  await page.getByRole('button', { name: '自查报告…' }).click()
  const causes = page.getByLabel('三、存在问题的原因')
  await expect(causes).toHaveValue(/执行还不够到位/u)
  await causes.fill('八月因防汛救灾工作集中，第二次常委会会议推迟至九月初召开。')
  await page.getByRole('button', { name: '预览报告' }).click()
  const preview = page.getByRole('dialog', { name: /议事规则执行情况自查报告/u })
  await expect(preview.getByText('八月因防汛救灾工作集中，第二次常委会会议推迟至九月初召开。')).toBeVisible()
  await expect(preview.getByText('8月只召开1次常委会会议（要求每月至少2次）。').first()).toBeVisible()
  await app.shot('self-check-report-preview')
  await page.keyboard.press('Escape')
  await expect(preview).toBeHidden()

  // The late material opens its meeting at the item.
  const late = rule('material-deadline').getByRole('button', { name: /^2026年第18次常委会会议议题一/u })
  await late.click()
  await expect(page.getByRole('heading', { name: /2026年第18次常委会会议/u })).toBeVisible()
  await app.shot('self-check-opened-item')
})
