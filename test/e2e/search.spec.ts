import { expect, test } from './support/app'
import { seriousViolations } from './support/axe'
import { createVault, mainNav, unlock } from './support/flows'
import { recusals } from '../../electron/core/db/schema/main'
import { topic, writeSearchFixture } from '../unit/core/search-fixture'

test('search: a two-character name from the top bar finds the member’s speeches and opens one', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  // The meetings, topics and speeches to search, in the real tables of this vault.
  writeSearchFixture(app.core.context.session!.db)

  // Ctrl+K focuses the search box in the top bar from anywhere; Enter opens 搜索.
  await page.keyboard.press('Control+K')
  const box = page.getByRole('searchbox', { name: '搜索会议记录' })
  await expect(box).toBeFocused()
  await box.fill('张三')
  await app.shot('search-01-top-bar')
  await box.press('Enter')

  await expect(mainNav(page).getByRole('button', { name: '搜索' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByLabel('搜索内容', { exact: true })).toHaveValue('张三')
  // His speeches, and himself (人员).
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 5 条结果。')
  const speeches = page.getByRole('region', { name: /^发言/u })
  await expect(speeches.getByRole('button')).toHaveCount(4)
  // The name is marked in the title and in the text, as text (never as HTML).
  await expect(speeches.locator('mark').first()).toHaveText('张三')
  await app.shot('search-02-results')

  const park = speeches.getByRole('button', { name: /生态保护红线/u })
  await expect(park).toContainText('2026年第15次常委会会议 · 2026年7月24日')
  await park.click()
  await expect(mainNav(page).getByRole('button', { name: '会议' })).toHaveAttribute('aria-current', 'page')
  // The 会议 page opens that meeting, with the item the speech belongs to.
  await expect(page.getByText('关于滨江湿地公园改造提升的方案').first()).toBeVisible()
  await app.shot('search-03-opened')

  // Ctrl+F works too; a query that matches nothing says so; syntax characters are plain text.
  await page.keyboard.press('Control+F')
  await expect(box).toBeFocused()
  await box.fill('"<b>无此内容</b>" AND *')
  await box.press('Enter')
  await expect(page.getByText('没有找到包含“"<b>无此内容</b>" AND *”的记录。')).toBeVisible()
  await app.shot('search-04-nothing-found')

  // A search from the page itself: a decision by a phrase, highlighted.
  const pageBox = page.getByLabel('搜索内容', { exact: true })
  await pageBox.fill('征地拆迁工作')
  await pageBox.press('Enter')
  const decisions = page.getByRole('region', { name: /^决定/u })
  await expect(decisions.getByRole('button')).toHaveCount(1)
  await expect(decisions.locator('mark')).toHaveText('征地拆迁工作')
  await app.shot('search-05-decision')
})

test('search: a common short term shows the newest 200 hits, says there are more and loads them on demand', async ({ app }) => {
  const page = app.page
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  const db = app.core.context.session!.db
  for (let index = 1; index <= 230; index += 1) topic(db, `关于第${index}批老旧小区改造资金的请示`, '区住房城乡建设局', '孙丽（区住建局局长）')

  await mainNav(page).getByRole('button', { name: '搜索' }).click()
  const box = page.getByLabel('搜索内容', { exact: true })
  await box.fill('资金')
  await box.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '还有更多' })).toHaveText('已显示 200 条结果，还有更多（可加词缩小范围）。')
  const topics = page.getByRole('region', { name: /^议题/u })
  // The topic written last comes first.
  await expect(topics.getByRole('button').first()).toContainText('关于第230批老旧小区改造资金的请示')
  await app.shot('search-06-more')
  await page.getByRole('button', { name: /显示更多/u }).click()
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 230 条结果。')
  await expect(topics.getByRole('button')).toHaveCount(230)
  await expect(page.getByRole('button', { name: /显示更多/u })).toHaveCount(0)
})

test('search: facets with counts, the person card with his recusal, and suggestions while typing in Ctrl+K', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  const db = app.core.context.session!.db
  const fixture = writeSearchFixture(db)
  db.insert(recusals).values({ agendaItemId: fixture.earlier.budgetItemId, personId: fixture.people.zhangSan, reason: '本人配偶在区财政局工作', createdAt: '2026-07-10T01:00:00.000Z', updatedAt: '2026-07-10T01:00:00.000Z' }).run()

  // Ctrl+K: suggestions appear as he types, before Enter; ↓ and Enter open the chosen one.
  await page.keyboard.press('Control+K')
  const box = page.getByRole('searchbox', { name: '搜索会议记录' })
  await box.pressSequentially('张三')
  const suggestions = page.getByRole('listbox', { name: '搜索建议' })
  await expect(suggestions.getByRole('option').first()).toContainText('人员张三')
  await expect(suggestions.getByRole('option').filter({ hasText: '回避' })).toHaveCount(1)
  await app.shot('search-facets-01-suggestions-1366')
  expect(await seriousViolations(page)).toEqual([])
  await box.press('ArrowDown')
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')

  // The person card: his speeches and his recusal (found by search now).
  const card = page.getByRole('region', { name: '人员：张三' })
  await expect(card).toBeVisible()
  await expect(card.getByRole('region', { name: '发言' }).getByRole('listitem')).toHaveCount(3)
  await expect(card.getByRole('region', { name: '回避' })).toContainText('本人配偶在区财政局工作')
  await app.shot('search-facets-02-person-card-1366')
  expect(await seriousViolations(page)).toEqual([])
  await card.getByRole('button', { name: '关闭' }).click()

  // Facets with counts: 全部 6, 人员 1, 发言 4, 回避 1; choosing 发言 leaves only the speeches.
  const pageBox = page.getByLabel('搜索内容', { exact: true })
  await pageBox.fill('张三')
  await pageBox.press('Enter')
  const facets = page.getByRole('group', { name: '按类别筛选' })
  await expect(facets.getByRole('button')).toHaveText(['全部6', '人员1', '发言4', '回避1'])
  await facets.getByRole('button', { name: /^发言/u }).click()
  await expect(facets.getByRole('button', { name: /^发言/u })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 4 条结果。')
  await expect(page.getByRole('region', { name: /^人员/u })).toHaveCount(0)
  await app.shot('search-facets-03-speeches-1366')
  expect(await seriousViolations(page)).toEqual([])
  // A year without those meetings finds nothing; 全部年度 brings them back.
  await page.getByLabel('年度').selectOption({ label: '2025年' })
  await expect(page.getByText('没有找到包含“张三”的记录。')).toBeVisible()
  await page.getByLabel('年度').selectOption({ label: '全部年度' })
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 4 条结果。')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await app.shot('search-facets-04-speeches-1920')
})
