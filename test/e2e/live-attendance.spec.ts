import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { openLiveScreen } from './support/flows'
import { standingCommittee } from './support/roster-seed'

// Attendance at the start of a meeting: 全部出席 in one go, then the exceptions by keyboard,
// and focus stays where the secretary is typing while each change is saved.

const attendance = (page: Page, name: string) => page.getByRole('radiogroup', { name: `${name}出席情况` })
const meetingQuorum = (page: Page) => page.getByRole('status', { name: /^会议法定人数/u })

test('全部出席, then one member on leave in three keystrokes; focus never drops to the page', async ({ app }) => {
  const { page, meeting } = await openLiveScreen(app)
  await expect(meetingQuorum(page)).toContainText('实到 0')

  const all = page.getByRole('button', { name: '全部出席' })
  await all.focus()
  await page.keyboard.press('Enter')
  await expect(meetingQuorum(page)).toContainText('实到 11')
  await expect(all).toBeFocused()
  await expect(all).toHaveAttribute('aria-disabled', 'true')

  // The first member (the secretary) is away: Tab, → to 请假, ↓ picks the first reason (公出).
  const first = standingCommittee[0]!.name
  await page.keyboard.press('Tab')
  await expect(attendance(page, first).getByRole('radio', { name: '出席' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  const reason = page.getByRole('listitem').filter({ has: attendance(page, first) }).getByLabel('请假原因')
  await expect(reason).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(meetingQuorum(page)).toContainText('实到 10')
  await expect(reason).toHaveValue('business')
  await expect(reason).toBeFocused()

  // Space on a radio saves and keeps focus on it through the save.
  const second = standingCommittee[1]!.name
  await attendance(page, second).getByRole('radio', { name: '出席' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('listitem').filter({ has: attendance(page, second) }).getByLabel('请假原因')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('ArrowLeft')
  await expect(attendance(page, second).getByRole('radio', { name: '出席' })).toBeChecked()
  await expect(attendance(page, second).getByRole('radio', { name: '出席' })).toBeFocused()
  await expect(meetingQuorum(page)).toContainText('实到 10')
  const saved = await app.core.dispatch('meetings.get', { id: meeting.id })
  if (!saved.ok) throw new Error(saved.error.message)
  const members = (saved.value as { members: { name: string; attendance: string; leaveReason: string | null }[] }).members
  expect(members.filter((member) => member.attendance === 'present')).toHaveLength(10)
  expect(members.find((member) => member.name === first)).toMatchObject({ attendance: 'leave', leaveReason: 'business' })
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height })
    await app.shot(`live-attendance-all-present-${width}`)
  }
})
