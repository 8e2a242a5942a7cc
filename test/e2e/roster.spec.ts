import type { Locator, Page } from '@playwright/test'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'

const members = [
  ['张明华', '男', '区委书记'],
  ['李建国', '男', '区委副书记、区长'],
  ['王晓东', '男', '区委副书记'],
  ['赵丽娟', '女', '区委常委、常务副区长'],
  ['钱卫民', '男', '区委常委、纪委书记、监委主任'],
  ['孙志刚', '男', '区委常委、组织部部长'],
  ['周海燕', '女', '区委常委、宣传部部长'],
  ['吴国庆', '男', '区委常委、政法委书记'],
  ['郑文斌', '男', '区委常委、统战部部长'],
  ['冯立新', '男', '区委常委、人武部政委'],
  ['陈秀英', '女', '区委常委、区委办公室主任'],
] as const

/** A new vault, unlocked by its first user (管理员 and 记录员), on the 成员 page. */
async function openAsRecorder(app: AppHarness): Promise<Page> {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  await expect(mainNav(app.page)).toBeVisible()
  await mainNav(app.page).getByRole('button', { name: '成员' }).click()
  await expect(app.page.getByRole('heading', { name: '成员', level: 1 })).toBeVisible()
  return app.page
}

async function addMember(page: Page, [name, sex, post]: readonly [string, string, string], rank: number): Promise<void> {
  await page.getByRole('button', { name: '新增常委' }).click()
  const dialog = page.getByRole('dialog', { name: '新增常委' })
  await dialog.getByLabel('姓名', { exact: true }).fill(name)
  await dialog.getByLabel('性别').selectOption(sex)
  await dialog.getByLabel('职务', { exact: true }).fill(post)
  await dialog.getByLabel('排名', { exact: true }).fill(String(rank))
  await dialog.getByLabel('任职起始日期').fill('2026-01-01')
  await dialog.getByLabel('排名', { exact: true }).press('Enter')
  await expect(page.getByText(`已新增常委 ${name}（第 ${rank} 位）。`)).toBeVisible()
}

const rosterRows = (page: Page) => page.getByRole('table', { name: '常委会组成（按排名）' }).locator('tbody tr')

async function rosterOn(page: Page, date: string): Promise<string[]> {
  await page.getByLabel('截至日期').fill(date)
  const [year, month, day] = date.split('-').map(Number)
  await expect(page.getByRole('heading', { name: `截至${year}年${month}月${day}日的常委会组成` })).toBeVisible()
  return rosterRows(page).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td, th')].slice(0, 3).map((cell) => cell.textContent?.trim()).join(' ')))
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click()
const dialogNamed = (page: Page, name: string | RegExp): Locator => page.getByRole('dialog', { name })

test('the roster over time: members, a rank change from a date, division gaps, a substitution pair and a duty list', async ({ app }) => {
  const page = await openAsRecorder(app)
  await expect(page.getByText('这一天没有常委会成员记录')).toBeVisible()
  await app.shot('roster-01-empty')

  for (const [index, member] of members.entries()) await addMember(page, member, index + 1)
  await expect(rosterRows(page)).toHaveCount(11)
  await expect(page.getByText('共 11 名常委')).toBeVisible()

  // 王晓东 (rank 3) leaves on 30 June; 孙志刚 cannot take rank 3 while 王 still holds it…
  await page.getByRole('button', { name: '孙志刚：职务/排名调整' }).click()
  let dialog = dialogNamed(page, '职务/排名调整：孙志刚')
  await dialog.getByLabel('生效日期').fill('2026-06-15')
  await dialog.getByLabel('新职务').fill('区委副书记、组织部部长')
  await dialog.getByLabel('新排名').fill('3')
  await dialog.getByRole('button', { name: '保存调整' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('排名不能重复：2026年6月15日起，王晓东的排名已是第 3 位，孙志刚不能同时排第 3 位。请先调整王晓东的排名。')
  await app.shot('roster-02-rank-refused')
  await dialog.getByRole('button', { name: '取消' }).click()

  await page.getByRole('button', { name: '王晓东：离任' }).click()
  dialog = dialogNamed(page, '离任：王晓东')
  await dialog.getByLabel('离任日期（任职的最后一天）').fill('2026-06-30')
  await dialog.getByLabel('离任原因').fill('调离')
  await dialog.getByRole('button', { name: '确认离任' }).click()
  await expect(page.getByText('已记录 王晓东离任，任职至2026年6月30日。')).toBeVisible()

  // …and from 1 July he is 区委副书记 at rank 3.
  await page.getByRole('button', { name: '孙志刚：职务/排名调整' }).click()
  dialog = dialogNamed(page, '职务/排名调整：孙志刚')
  await dialog.getByLabel('生效日期').fill('2026-07-01')
  await dialog.getByLabel('新职务').fill('区委副书记、组织部部长')
  await dialog.getByLabel('新排名').fill('3')
  await dialog.getByLabel('新排名').press('Enter')
  await expect(page.getByText('已调整 孙志刚：2026年7月1日起为区委副书记、组织部部长，第 3 位。')).toBeVisible()

  const before = await rosterOn(page, '2026-06-30')
  expect(before).toHaveLength(11)
  expect(before.slice(2, 3)).toEqual(['3 王晓东 区委副书记'])
  expect(before[5]).toBe('6 孙志刚 区委常委、组织部部长')
  await app.shot('roster-03-before-change')
  const after = await rosterOn(page, '2026-07-01')
  expect(after).toHaveLength(10)
  expect(after[2]).toBe('3 孙志刚 区委副书记、组织部部长')
  expect(after.join()).not.toContain('王晓东')
  // The history keeps both of 孙's periods.
  const history = page.getByRole('table', { name: '任职记录' })
  await expect(history.getByRole('row', { name: /孙志刚/u })).toHaveCount(2)
  await expect(history.getByRole('row', { name: /孙志刚 区委常委、组织部部长 6 2026年1月1日 2026年6月30日 职务或排名调整/u })).toBeVisible()
  await app.shot('roster-04-after-change')

  // 多人调整: 冯 and 陈 swap places from 1 September, checked together.
  await page.getByRole('button', { name: '多人调整' }).click()
  dialog = dialogNamed(page, '多人调整职务/排名')
  await dialog.getByLabel('生效日期').fill('2026-09-01')
  await dialog.getByLabel('冯立新的排名').fill('11')
  await dialog.getByLabel('陈秀英的排名').fill('10')
  await app.shot('roster-04b-swap-dialog')
  await dialog.getByRole('button', { name: '保存调整' }).click()
  await expect(page.getByText('已调整 冯立新（第 11 位）、陈秀英（第 10 位），2026年9月1日起生效。')).toBeVisible()
  expect((await rosterOn(page, '2026-08-31')).slice(-2)).toEqual(['10 冯立新 区委常委、人武部政委', '11 陈秀英 区委常委、区委办公室主任'])
  expect((await rosterOn(page, '2026-09-01')).slice(-2)).toEqual(['10 陈秀英 区委常委、区委办公室主任', '11 冯立新 区委常委、人武部政委'])

  // 分工: one area led, one without a lead — a gap, said in words.
  await tab(page, '分工')
  await expect(page.getByText('还没有分工领域')).toBeVisible()
  for (const name of ['组织工作', '政法工作']) {
    await page.getByRole('button', { name: '新增分工领域' }).click()
    dialog = dialogNamed(page, '新增分工领域')
    await dialog.getByLabel('领域名称').fill(name)
    await dialog.getByLabel('领域名称').press('Enter')
    await expect(page.getByText('已新增分工领域。')).toBeVisible()
  }
  await page.getByRole('button', { name: '为“组织工作”安排分工' }).click()
  dialog = dialogNamed(page, '安排分工：组织工作')
  await dialog.getByLabel('常委').selectOption({ label: '3. 孙志刚' })
  await dialog.getByLabel('分管', { exact: true }).check()
  await dialog.getByLabel('开始日期').fill('2026-07-01')
  await dialog.getByRole('button', { name: '保存分工' }).click()
  await expect(page.getByText('已安排“组织工作”的分工。')).toBeVisible()
  const areas = page.getByRole('table', { name: '分工领域' })
  await expect(areas.getByRole('row', { name: /组织工作.*分管 孙志刚.*正常/u })).toBeVisible()
  await expect(areas.getByRole('row', { name: /政法工作.*空挡：无分管常委/u })).toBeVisible()
  await expect(page.getByText('2 个领域，1 个领域需要调整，9 名常委暂无分工')).toBeVisible()
  await expect(page.getByRole('table', { name: '各常委的分工' }).getByRole('row', { name: /孙志刚 组织工作/u })).toBeVisible()
  await app.shot('roster-05-division')

  // 缺位互补
  await tab(page, '缺位互补')
  await expect(page.getByText('这一天没有缺位互补安排')).toBeVisible()
  await page.getByRole('button', { name: '新增互补' }).click()
  dialog = dialogNamed(page, '新增缺位互补')
  await dialog.getByLabel('缺位常委').selectOption({ label: '4. 赵丽娟' })
  await dialog.getByLabel('补位常委').selectOption({ label: '4. 赵丽娟' })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('缺位互补须是两名不同的常委：赵丽娟不能与自己互补。')
  await dialog.getByLabel('补位常委').selectOption({ label: '7. 周海燕' })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已安排：赵丽娟缺位时由周海燕补位。')).toBeVisible()
  await expect(page.getByRole('table', { name: '缺位互补' }).getByRole('row', { name: /赵丽娟 周海燕/u })).toBeVisible()
  await app.shot('roster-06-substitution')

  // 职责清单: add three lines, move the last one up, delete one, save; read back after switching tabs.
  await tab(page, '职责清单')
  await page.getByLabel('常委', { exact: true }).selectOption({ label: '1. 张明华（区委书记）' })
  await expect(page.getByText('尚未录入职责清单。点击“添加一条”开始。')).toBeVisible()
  for (const line of ['主持区委全面工作', '多余的一条', '召集和主持常委会会议']) {
    await page.getByRole('button', { name: '添加一条' }).click()
    await page.locator('.duty-line input').last().fill(line)
  }
  await page.getByRole('button', { name: '第 3 条上移' }).click()
  await page.getByRole('button', { name: '删除第 3 条' }).click()
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存')).toBeVisible()
  await app.shot('roster-07-duties')
  await tab(page, '届次')
  await tab(page, '职责清单')
  await page.getByLabel('常委', { exact: true }).selectOption({ label: '1. 张明华（区委书记）' })
  await expect(page.getByRole('textbox', { name: '第 1 条' })).toHaveValue('主持区委全面工作')
  await expect(page.getByRole('textbox', { name: '第 2 条' })).toHaveValue('召集和主持常委会会议')
  await expect(page.locator('.duty-line')).toHaveCount(2)

  // 届次
  await tab(page, '届次')
  await page.getByRole('button', { name: '新增届次' }).click()
  dialog = dialogNamed(page, '新增届次')
  await dialog.getByLabel('届次名称').fill('第十三届')
  await dialog.getByLabel('开始日期').fill('2021-09-01')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '届次' }).getByRole('row', { name: /第十三届 2021年9月1日 本届/u })).toBeVisible()
  await app.shot('roster-08-terms')

  // 人员: a presenter who is not a member.
  await tab(page, '人员')
  await page.getByRole('button', { name: '新增人员' }).click()
  dialog = dialogNamed(page, '新增人员')
  await dialog.getByLabel('姓名', { exact: true }).fill('刘主任')
  await dialog.getByLabel('工作单位').fill('区发展改革委')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '人员' }).getByRole('row', { name: /刘主任.*区发展改革委.*非常委/u })).toBeVisible()
  await app.shot('roster-09-people')

  // Arrow keys move between the tabs.
  await page.getByRole('tab', { name: '人员' }).focus()
  await page.keyboard.press('Home')
  await expect(page.getByRole('tab', { name: '常委会组成' })).toHaveAttribute('aria-selected', 'true')
})
