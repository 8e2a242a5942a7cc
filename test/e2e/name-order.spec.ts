import { expect, test } from './support/app'
import { dispatch } from './support/dispatch'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'

// 姓氏笔画: people who are not members come in the order official lists use (丁 王 尹 李 何 张
// 陈 … 彭 傅), not in character-code order (丁 傅 何 尹 张 彭 李 王 陈); and the audit log keeps
// each name on one line.

const outsiders = ['傅主任', '陈吉宁', '何立峰', '尹力', '张又侠', '彭主任', '李强', '王毅', '丁薛祥', '李希']

test('people outside the committee are listed in 姓氏笔画 order; the audit log never breaks a name', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  for (const name of outsiders) await dispatch(app.core, 'roster.savePerson', { name, sex: null, unit: '示例区直属单位', note: null })

  await mainNav(page).getByRole('button', { name: '成员' }).click()
  await page.getByRole('tab', { name: '人员' }).click()
  const names = page.getByRole('table', { name: '人员' }).locator('tbody tr > :first-child')
  await expect(names).toHaveCount(outsiders.length)
  expect(await names.allTextContents()).toEqual(['丁薛祥', '王毅', '尹力', '李希', '李强', '何立峰', '张又侠', '陈吉宁', '彭主任', '傅主任'])
  await app.shot('name-order-01-people-1366')

  // The audit log at 1366 px: the user's name and the action stay on one line each.
  await openSettingsTab(page, '审计日志')
  const row = page.getByRole('table', { name: '审计日志' }).locator('tbody tr').first()
  await expect(row).toBeVisible()
  for (const cell of [row.locator('td').nth(2), row.locator('td').nth(3)]) {
    const lines = await cell.evaluate((element) => {
      const range = element.ownerDocument.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    })
    expect(lines).toBe(1)
    // Whatever the summary's length: the cell itself never wraps.
    expect(await cell.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).whiteSpace)).toBe('nowrap')
  }
  await expect(row.locator('td').nth(2)).toHaveText('王秘书')
  await app.shot('name-order-02-audit-1366')
})
