import type { Locator } from '@playwright/test'
import { expect, test } from './support/app'
import { createVault, mainNav, openLiveScreenOf, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'

// The live screen at 1366×768 cuts no name, post or agenda title (they wrap); at 1920×1080 the
// register uses the width. Screenshots of the main screens at both sizes.

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const

/** Texts whose box hides part of them (an ellipsis or a clipped overflow). */
async function cutTexts(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((nodes) =>
    nodes.filter((node) => node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1).map((node) => node.textContent ?? ''),
  )
}

test('no truncation on the live screen at 1366×768, the register wide at 1920×1080, the main screens at both sizes', async ({ app }) => {
  const page = app.page
  await page.setViewportSize(sizes[0])
  await app.open()
  await createVault(app)
  await unlock(page)
  await expect(mainNav(page)).toBeVisible()
  const seed = await seedLiveMeeting(app.core)
  await openLiveScreenOf(page, seed.meeting)

  for (const size of sizes) {
    await page.setViewportSize(size)
    const tabs = page.locator('.agenda-tab-title')
    await expect(tabs).toHaveCount(seed.meeting.items.length)
    // Every agenda title whole, as in the record.
    expect(await tabs.allTextContents()).toEqual(seed.meeting.items.map((item) => item.topic.title))
    expect(await cutTexts(tabs)).toEqual([])
    const posts = page.locator('.attendance-post')
    await expect(posts.first()).toBeVisible()
    expect(await cutTexts(posts)).toEqual([])
    expect(await cutTexts(page.locator('.attendance-name'))).toEqual([])
    // The longest post is shown whole.
    await expect(posts.filter({ hasText: '区委常委、纪委书记、监委主任' })).toBeVisible()
    await app.shot(`layout-live-${size.width}`)
  }

  // The main screens at both sizes.
  const screens: [nav: string, name: string][] = [
    ['首页', 'home'],
    ['会议', 'meetings'],
    ['成员', 'roster'],
    ['督办', 'follow-up'],
    ['搜索', 'search'],
    ['设置', 'settings'],
  ]
  for (const size of sizes) {
    await page.setViewportSize(size)
    for (const [nav, name] of screens) {
      await mainNav(page).getByRole('button', { name: nav }).click()
      await expect(mainNav(page).getByRole('button', { name: nav })).toHaveAttribute('aria-current', 'page')
      await app.shot(`layout-${name}-${size.width}`)
    }
    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await page.getByRole('tab', { name: '台账' }).click()
    const panel = page.getByRole('tabpanel')
    await expect(panel).toBeVisible()
    const width = (await panel.boundingBox())!.width
    // At 1920 the register takes the window's width (it used to stop at 1120 px and wrap its cells).
    if (size.width === 1920) expect(width).toBeGreaterThan(1500)
    await app.shot(`layout-register-${size.width}`)
    await page.getByRole('tab', { name: '专用记录本' }).click()
    if (size.width === 1920) expect((await page.getByRole('tabpanel').boundingBox())!.width).toBeLessThanOrEqual(1120)
  }
})
