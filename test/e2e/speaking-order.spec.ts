import { expect, test } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { seedLiveMeeting } from './support/live-seed'
import { standingCommittee } from './support/roster-seed'

// 主要负责人应当最后表态: with the 区长 chairing, the 书记 present speaks last and the chair
// keeps his reverse-rank place; with the 书记 on leave the chair speaks last. The live screen
// says which rule put the last speaker there.

const names = standingCommittee.map((member) => member.name)
const [secretary, mayor] = names

test('the 书记 speaks last, not the chair; absent, the chair does', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core, 1)
  for (const member of meeting.members) {
    await app.core.dispatch('live.setAttendance', { meetingId: meeting.id, personId: member.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  }
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: meeting.label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()

  const order = page.getByRole('list', { name: '发言顺序' }).getByRole('listitem')
  const rule = page.getByTestId('last-speaker-rule')
  // Reverse rank with the 区长 (the chair, rank 2) second to last and the 书记 last.
  await expect(order).toHaveText([...names].reverse())
  await expect(rule).toHaveText('按常委排名倒序，书记末位表态')
  await page.getByRole('region', { name: '发言顺序' }).scrollIntoViewIfNeeded()
  await app.shot('speaking-01-secretary-last')

  // The 书记 on leave: the chair goes last.
  await page.getByRole('radiogroup', { name: `${secretary}出席情况` }).getByRole('radio', { name: '请假' }).check()
  const row = page.getByRole('listitem').filter({ has: page.getByRole('radiogroup', { name: `${secretary}出席情况` }) })
  await row.getByLabel('请假原因').selectOption({ label: '公出' })
  await expect(order).toHaveText([...names.slice(2).reverse(), mayor!])
  await expect(rule).toHaveText('按常委排名倒序，书记缺席，主持人末位表态')
  await page.getByRole('region', { name: '发言顺序' }).scrollIntoViewIfNeeded()
  await app.shot('speaking-02-chair-last')
})
