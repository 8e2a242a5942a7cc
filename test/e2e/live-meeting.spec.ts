import type { Page } from '@playwright/test'
import type { MeetingDetail } from '../../shared/meetings/views'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, unlock } from './support/flows'
import { liveTopics, seedLiveMeeting } from './support/live-seed'
import { standingCommittee } from './support/roster-seed'

const names = standingCommittee.map((member) => member.name)
const onLeave = '郑永刚'

async function openLiveScreen(page: Page, label: string): Promise<void> {
  await mainNav(page).getByRole('button', { name: '会议' }).click()
  await page.getByRole('button', { name: label }).click()
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible()
}

const attendance = (page: Page, name: string) => page.getByRole('radiogroup', { name: `${name}出席情况` })
const meetingQuorum = (page: Page) => page.getByRole('status', { name: /^会议法定人数/u })
const itemQuorum = (page: Page) => page.getByRole('status', { name: /^本议题/u })
const agendaTab = (page: Page, index: number) => page.getByRole('tab', { name: new RegExp(`^${index + 1}`, 'u') })

async function setLeave(page: Page, name: string, reason: string): Promise<void> {
  await attendance(page, name).getByRole('radio', { name: '请假' }).check()
  const row = page.getByRole('listitem').filter({ has: attendance(page, name) })
  await row.getByLabel('请假原因').selectOption({ label: reason })
  await expect(row.getByLabel('书面意见（不计入表决）')).toBeVisible()
}

async function meetingFromCore(app: AppHarness, id: string): Promise<MeetingDetail> {
  const result = await app.core.dispatch('meetings.get', { id })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as MeetingDetail
}

test('the live meeting: attendance and quorum, views in order, a refused decision, a vote, a deferral, sign-off and an amendment', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  const { meeting } = await seedLiveMeeting(app.core)
  await openLiveScreen(page, meeting.label)
  await expect(meetingQuorum(page)).toContainText('实到 0')
  await expect(meetingQuorum(page)).toContainText('还差 6 人')
  await expect(page.getByText('切换议题：Alt+↑ / Alt+↓ 或 Ctrl+[ / Ctrl+]')).toBeVisible()
  await app.shot('live-01-opened')

  // Attendance: everyone present but one, who is on business leave and sent a written view.
  for (const name of names.filter((candidate) => candidate !== onLeave)) await attendance(page, name).getByRole('radio', { name: '出席' }).check()
  await expect(meetingQuorum(page)).toContainText('实到 10')
  await setLeave(page, onLeave, '公出')
  const leaveRow = page.getByRole('listitem').filter({ has: attendance(page, onLeave) })
  await leaveRow.getByLabel('书面意见（不计入表决）').fill('同意该项目安排，建议加强资金绩效评价。')
  await expect(leaveRow.getByText(/已保存 \d\d:\d\d:\d\d/u)).toBeVisible()
  await expect(meetingQuorum(page)).toContainText('应到 11 · 实到 10 · 需 6 人')
  await expect(meetingQuorum(page)).toContainText('符合法定人数')
  await expect(page.getByText('请假成员书面意见（不计入表决）')).toBeVisible()
  await app.shot('live-02-attendance')

  // The proposed speaking order: reverse rank, the secretary (chair, rank 1) last; the member on leave left out.
  const expectedOrder = [...names].reverse().filter((name) => name !== onLeave)
  await expect(page.getByRole('list', { name: '发言顺序' }).getByRole('listitem')).toHaveText(expectedOrder)
  await expect(page.getByText('按常委排名倒序，书记末位表态')).toBeVisible()

  // 汇报要点, then views in that order: Tab goes from one speaker's notes to the next, Alt+1 says 同意.
  await page.getByLabel(/汇报要点/u).fill('钱卫东汇报了2027年十项民生实事项目的遴选过程和资金安排。')
  const first = page.getByLabel(`${expectedOrder[0]}发言记录`)
  await first.click()
  await page.keyboard.type('赞成，建议优先安排养老服务项目。')
  await page.keyboard.press('Alt+1')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(`${expectedOrder[1]}发言记录`)).toBeFocused()
  await page.keyboard.type('同意，注意项目进度与资金拨付衔接。')
  await page.keyboard.press('Alt+1')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(`${expectedOrder[2]}发言记录`)).toBeFocused()
  await page.keyboard.type('原则同意，个别项目建议缓一缓。')
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('radiogroup', { name: `${expectedOrder[0]}的表态` }).getByLabel('同意', { exact: true })).toBeChecked()
  await expect(page.getByRole('radiogroup', { name: `${expectedOrder[2]}的表态` }).getByLabel('其他意见')).toBeChecked()
  await expect(page.locator('.speech').nth(2).getByText(/已保存/u)).toBeVisible()
  await app.shot('live-03-views')

  // A refused decision: five more members leave, the quorum fails, 通过 is refused with the rule and nothing is saved.
  const called = names.slice(4, 9)
  for (const name of called) await setLeave(page, name, '事假')
  await expect(meetingQuorum(page)).toContainText('实到 5')
  await expect(meetingQuorum(page)).toContainText('还差 1 人')
  await expect(itemQuorum(page)).toContainText('还差 1 人')
  await expect(page.getByRole('list', { name: '按规定不能记录的结果' })).toContainText('不足法定人数')
  await page.getByRole('button', { name: '通过', exact: true }).click()
  const refusal = page.locator('.item-panel').getByRole('alert')
  await expect(refusal).toContainText('不足法定人数，不能作出决定')
  await expect(refusal).toContainText('还差 1 人')
  await app.shot('live-04-refused-without-quorum')
  expect((await meetingFromCore(app, meeting.id)).items[0]?.outcome).toBeNull()
  await page.reload()
  if (await page.getByRole('button', { name: '解锁' }).isVisible()) await unlock(page)
  await openLiveScreen(page, meeting.label)
  await expect(agendaTab(page, 0)).toContainText('待议')
  await expect(page.locator('.outcome-current')).toContainText('未议定')
  // What was typed before the reload is still there: each field saved itself.
  await expect(page.getByLabel(`${expectedOrder[0]}发言记录`)).toHaveValue('赞成，建议优先安排养老服务项目。')
  await expect(page.getByLabel(/汇报要点/u)).toHaveValue(/十项民生实事/u)

  // Attendance restored; the vote is checked live (more votes than members taking part), then 通过.
  for (const name of called) await attendance(page, name).getByRole('radio', { name: '出席' }).check()
  await expect(meetingQuorum(page)).toContainText('实到 10')
  await page.getByLabel('表决方式').selectOption({ label: '举手表决' })
  await page.getByRole('spinbutton', { name: '同意', exact: true }).fill('11')
  await expect(page.locator('.vote-result')).toContainText('多于参加该议题表决的成员 10 人')
  await page.getByRole('spinbutton', { name: '同意', exact: true }).fill('9')
  await page.getByRole('spinbutton', { name: '弃权' }).fill('1')
  await expect(page.locator('.vote-result')).toContainText('同意票已过半数，可记为通过')
  await expect(page.getByRole('region', { name: '表决' }).getByText(/已保存/u)).toBeVisible()
  await page.getByLabel('决定内容').fill('会议同意2027年区级重点民生实事项目安排，由区发展改革局牵头组织实施。')
  await page.getByLabel('牵头领导').selectOption({ label: '李明远（区委副书记、区长）' })
  await page.getByLabel('责任单位').fill('区发展改革局、区财政局')
  await page.getByLabel('办结时限').fill('2027-12-31')
  await page.getByRole('button', { name: '通过', exact: true }).click()
  await expect(agendaTab(page, 0)).toContainText('通过')
  await expect(page.locator('.outcome-current')).toContainText('通过')
  await app.shot('live-05-passed')

  // The next item by keyboard, deferred.
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('heading', { name: new RegExp(liveTopics[1].title, 'u') })).toBeVisible()
  // Per item: one member left early, one recused; the item quorum counts them out, the order drops them.
  await page.getByText('在场与回避').click()
  await page.getByLabel('孙立新本议题在场情况').selectOption({ label: '早退' })
  await expect(itemQuorum(page)).toContainText('实到 9')
  await page.getByRole('button', { name: '登记王建平回避' }).click()
  await page.getByLabel('回避原因').fill('其配偶在拟改造小区的施工单位任职')
  await page.getByRole('button', { name: '登记回避' }).click()
  await expect(page.getByText('回避（整个议题）：其配偶在拟改造小区的施工单位任职')).toBeVisible()
  await expect(itemQuorum(page)).toContainText('实到 8')
  await expect(meetingQuorum(page)).toContainText('实到 10')
  const secondOrder = expectedOrder.filter((name) => name !== '孙立新' && name !== '王建平')
  await expect(page.getByRole('list', { name: '发言顺序' }).getByRole('listitem')).toHaveText(secondOrder)
  // The recorder moves the first speaker down one place, with the reason the rules ask for.
  await page.getByRole('button', { name: '调整顺序…' }).click()
  await page.getByRole('button', { name: `${secondOrder[0]}下移` }).click()
  await expect(page.getByRole('button', { name: '保存调整后的顺序' })).toBeDisabled()
  await page.getByLabel('调整原因（必填）').fill('黄丽同志需先接听紧急电话')
  await page.getByRole('button', { name: '保存调整后的顺序' }).click()
  await expect(page.getByRole('list', { name: '发言顺序' }).getByRole('listitem')).toHaveText([secondOrder[1], secondOrder[0], ...secondOrder.slice(2)] as string[])
  await expect(page.getByText('记录人已调整')).toBeVisible()
  await expect(page.getByText('调整原因：黄丽同志需先接听紧急电话')).toBeVisible()
  await app.shot('live-06a-presence-and-order')

  await page.getByRole('button', { name: '缓议', exact: true }).click()
  await expect(agendaTab(page, 1)).toContainText('缓议')
  await app.shot('live-06-deferred')

  // 结束会议, then 签发 after the confirmation that says the record is sealed.
  await page.getByRole('button', { name: '结束会议' }).click()
  await expect(page.locator('.live-header .badge').first()).toHaveText('已结束')
  await page.getByRole('button', { name: '签发…' }).click()
  const sign = page.getByRole('dialog', { name: '签发会议记录' })
  await expect(sign).toContainText('签发后记录即封存')
  await app.shot('live-07-sign-dialog')
  await sign.getByRole('button', { name: '确认签发' }).click()
  const seal = page.getByRole('group', { name: '签发状态' })
  await expect(seal).toContainText('已签发 · 与签发时一致')
  await expect(seal).toContainText('王秘书 签发于')
  const signed = await meetingFromCore(app, meeting.id)
  await seal.getByRole('button', { name: '显示校验码' }).click()
  await expect(seal.getByLabel('校验码')).toHaveText(signed.sealCheck!.checkCode)
  await expect(page.getByRole('textbox', { name: '决定内容' })).toHaveCount(0)
  await app.shot('live-08-signed')

  // An amendment: the original stays, the correction is dated with its author and reason.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(page.getByRole('heading', { name: new RegExp(liveTopics[0].title, 'u') })).toBeVisible()
  await page.getByRole('button', { name: '更正决定内容' }).click()
  const amend = page.getByRole('dialog', { name: '更正：决定内容' })
  await amend.getByLabel('更正后的内容').fill('会议同意2027年区级重点民生实事项目安排，由区发展改革局、区财政局共同牵头组织实施。')
  await amend.getByLabel('更正原因').fill('记录遗漏共同牵头单位，经主持人确认更正')
  await amend.getByRole('button', { name: '保存更正' }).click()
  await expect(amend).toBeHidden()
  const correction = page.getByRole('note', { name: '决定内容的更正' })
  await expect(correction).toContainText('记录遗漏共同牵头单位')
  await expect(correction).toContainText('王秘书')
  await expect(correction).toContainText('共同牵头组织实施')
  await expect(page.getByText('会议同意2027年区级重点民生实事项目安排，由区发展改革局牵头组织实施。')).toBeVisible()
  await app.shot('live-09-amended')

  // The reason given for the changed speaking order is part of the record, corrected the same way.
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('heading', { name: new RegExp(liveTopics[1].title, 'u') })).toBeVisible()
  await page.getByRole('button', { name: '更正发言顺序调整原因' }).click()
  const amendOrder = page.getByRole('dialog', { name: '更正：发言顺序调整原因' })
  await expect(amendOrder.getByLabel('更正后的内容')).toHaveValue('黄丽同志需先接听紧急电话')
  await amendOrder.getByLabel('更正后的内容').fill('黄丽同志需先接听防汛紧急电话')
  await amendOrder.getByLabel('更正原因').fill('据会议录音补全')
  await amendOrder.getByRole('button', { name: '保存更正' }).click()
  await expect(amendOrder).toBeHidden()
  await expect(page.getByRole('note', { name: '发言顺序调整原因的更正' })).toContainText('黄丽同志需先接听防汛紧急电话')
  await app.shot('live-10-order-reason-amended')
})
