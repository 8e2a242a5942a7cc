import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { BodyView, MeetingDetail, TopicSummary } from '../../shared/meetings/views'
import { quorumReadingLabels } from '../../shared/meetings/vocabulary'
import { localDate } from '../../shared/roster/dates'
import { removeDir, tempDir } from '../support/vault'
import { expect, test, type AppHarness } from './support/app'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'
import { seedStandingCommittee } from './support/roster-seed'

const meetingDate = '2026-12-03'
const meetingLabel = '2026年第1次常委会会议'
const budgetTopic = '关于2027年区级财政预算安排的议题'
const personnelTopic = '关于区教育局等单位领导班子调整的议题'

/** A new vault; its first user, the administrator, also records meetings (记录员). */
async function startAsRecorder(app: AppHarness): Promise<Page> {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  await expect(mainNav(app.page)).toBeVisible()
  // The app opens on 首页; the meetings are one click away.
  await mainNav(app.page).getByRole('button', { name: '会议' }).click()
  await expect(app.page.getByRole('button', { name: '新建会议' })).toBeVisible()
  return app.page
}

/** The page scrolls inside its main area: a tall window shows all of it in one picture. */
async function shotWhole(app: AppHarness, name: string): Promise<void> {
  const size = app.page.viewportSize()
  await app.page.setViewportSize({ width: 1280, height: 1800 })
  await app.shot(name)
  if (size) await app.page.setViewportSize(size)
}

test('before the meeting: create a 常委会 meeting, propose and approve topics, materials, agenda, notice; 议事规则', async ({ app }) => {
  const files = tempDir('yishi-materials-')
  try {
    const page = await startAsRecorder(app)

    // The meetings page opens first, empty.
    await expect(page.getByText(`${app.clock.now().getFullYear()}年还没有会议`)).toBeVisible()
    await app.shot('meetings-01-list-empty')

    // A date before anyone joined the committee: the chair list says so, and core refuses.
    await seedStandingCommittee(app.core, '2026-01-01')
    await page.getByRole('button', { name: '新建会议' }).click()
    const create = page.getByRole('dialog', { name: '新建会议' })
    await expect(create.getByLabel('记录人')).toHaveValue('王秘书')
    await create.getByLabel('会议日期').fill('2025-12-01')
    await expect(create.getByText('2025年12月1日没有在任的常委会成员', { exact: false })).toBeVisible()
    await create.getByLabel('会议地点').fill('区委常委会议室')
    await create.getByRole('button', { name: '创建会议' }).click()
    await expect(create.getByRole('alert')).toContainText('没有常委会组成人员记录')
    await app.shot('meetings-02-create-dialog-error')

    await create.getByLabel('会议日期').fill(meetingDate)
    await expect(create.getByLabel('主持人').locator('option:checked')).toHaveText('张国华（区委书记）')
    await create.getByRole('button', { name: '创建会议' }).click()
    await expect(page.getByRole('heading', { name: meetingLabel, level: 1 })).toBeVisible()
    await expect(page.getByText('2026年12月3日 星期四 09:00 · 区委常委会议室')).toBeVisible()
    await expect(page.getByRole('heading', { name: '应到成员（11 人）' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: '筹备' })).toHaveAttribute('aria-current', 'step')

    // 议题库: a budget topic (三重一大) with a guest, and a personnel topic.
    await page.getByRole('button', { name: '← 返回会议列表' }).click()
    await page.getByRole('tab', { name: '议题库' }).click()
    await expect(page.getByText('还没有议题')).toBeVisible()
    await page.getByRole('button', { name: '申报议题' }).first().click()
    let form = page.getByRole('dialog', { name: '申报议题' })
    await form.getByLabel('议题名称', { exact: true }).fill(budgetTopic)
    await form.getByLabel('议题类别').selectOption({ label: '三重一大：大额度资金使用' })
    await form.getByLabel('提请单位').fill('区财政局')
    await form.getByLabel('汇报人', { exact: true }).fill('区财政局局长 何平')
    await form.getByLabel('分管领导', { exact: true }).selectOption({ label: '吴红梅（区委常委、常务副区长）' })
    await form.getByLabel('分管领导审核日期').fill('2026-11-20')
    await form.getByLabel('议题摘要').fill('2027年区级一般公共预算收支安排，提请常委会研究。')
    await form.getByRole('button', { name: '添加列席人员' }).click()
    await form.getByLabel('列席人员1', { exact: true }).fill('区审计局')
    await form.getByLabel('列席人员1职务').fill('局长')
    await form.getByRole('button', { name: '申报', exact: true }).click()

    // The new topic opens: 书记审定, then its material (the OS dialog answers with a file).
    let detail = page.getByRole('dialog', { name: budgetTopic })
    await expect(detail.getByText('待审定', { exact: true }).first()).toBeVisible()
    await detail.getByRole('button', { name: '书记审定' }).click()
    await expect(detail.getByText('已登记书记审定。')).toBeVisible()
    await expect(detail.getByText(/^已审定（王秘书登记于/u)).toBeVisible()
    const material = join(files, '2027年预算草案说明.txt')
    writeFileSync(material, '2027年区级预算草案说明（测试材料）\n')
    app.dialogs.openFiles.push([material])
    await detail.getByRole('button', { name: '添加材料…' }).click()
    await expect(detail.getByRole('rowheader', { name: '2027年预算草案说明.txt' })).toBeVisible()
    await app.shot('meetings-03-topic-detail')
    await detail.getByRole('button', { name: '关闭', exact: true }).last().click()

    await page.getByRole('button', { name: '申报议题' }).click()
    form = page.getByRole('dialog', { name: '申报议题' })
    await form.getByLabel('议题名称', { exact: true }).fill(personnelTopic)
    await form.getByLabel('议题类别').selectOption({ label: '三重一大：重要干部任免' })
    await form.getByLabel('提请单位').fill('区委组织部')
    await form.getByLabel('汇报人', { exact: true }).fill('陈志强')
    await expect(form.getByLabel('书记专题会议酝酿')).toBeVisible()
    await app.shot('meetings-04-topic-form')
    await form.getByRole('button', { name: '申报', exact: true }).click()
    detail = page.getByRole('dialog', { name: personnelTopic })
    await expect(detail.getByText('尚未关联书记专题会议')).toBeVisible()
    await detail.getByRole('button', { name: '关闭', exact: true }).last().click()

    const topicRows = page.getByRole('table', { name: '议题列表' }).getByRole('row')
    await expect(topicRows).toHaveCount(3)
    await app.shot('meetings-05-topics-list')

    // Both onto the agenda, then 发出通知: the unapproved one is called out.
    await page.getByRole('tab', { name: '会议' }).click()
    await page.getByRole('button', { name: meetingLabel }).click()
    for (const title of [budgetTopic, personnelTopic]) {
      await page.getByRole('button', { name: '添加议题' }).click()
      await page.getByRole('dialog', { name: `添加议题：${meetingLabel}` }).getByRole('button', { name: `列入议程：${title}` }).click()
      await expect(page.getByRole('status').filter({ hasText: `已将《${title}》列入议程` })).toBeVisible()
    }
    await expect(page.getByRole('heading', { name: '会议议程（2 个议题）' })).toBeVisible()
    const budgetItem = page.getByRole('listitem', { name: `议题1：${budgetTopic}` })
    await expect(budgetItem.getByText('书记审定 ✓')).toBeVisible()
    await expect(budgetItem.getByText('材料按时（截止 2026年12月1日）')).toBeVisible()
    const personnelItem = page.getByRole('listitem', { name: `议题2：${personnelTopic}` })
    await expect(personnelItem.getByText('待书记审定')).toBeVisible()
    await expect(personnelItem.getByText('未经书记专题会议酝酿')).toBeVisible()
    await expect(personnelItem.getByText(/材料未提交/u)).toBeVisible()

    // Reorder with the keyboard-reachable buttons, then back.
    await page.getByRole('button', { name: `上移：${personnelTopic}` }).click()
    await expect(page.getByRole('listitem', { name: `议题1：${personnelTopic}` })).toBeVisible()
    await page.getByRole('button', { name: `下移：${personnelTopic}` }).click()
    await expect(page.getByRole('listitem', { name: `议题2：${personnelTopic}` })).toBeVisible()

    await page.getByRole('button', { name: '发出通知' }).click()
    await expect(page.getByText('已发出会议通知', { exact: false })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: '已通知' }).first()).toHaveAttribute('aria-current', 'step')
    const warnings = page.getByRole('region', { name: '会前提示' })
    await expect(warnings).toContainText(`1 个议题尚未经书记审定，会上不能作出决定：《${personnelTopic}》`)
    await expect(page.getByRole('button', { name: '开始会议' })).toBeVisible()
    await expect(page.getByRole('button', { name: '添加议题' })).toBeVisible()
    await shotWhole(app, 'meetings-06-detail-notified')

    await page.getByRole('button', { name: '← 返回会议列表' }).click()
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: meetingLabel }) })
    await expect(row).toContainText('2026年12月3日')
    await expect(row).toContainText('张国华')
    await expect(row).toContainText('已通知')
    await app.shot('meetings-07-list-filled')

    // Search results open the place: a topic in 议题库, a meeting's detail.
    const search = page.getByRole('search', { name: '搜索会议记录' })
    await search.getByRole('searchbox').fill('教育局')
    await search.getByRole('searchbox').press('Enter')
    await page.getByRole('region', { name: /^议题/u }).getByRole('button', { name: new RegExp(personnelTopic, 'u') }).click()
    await expect(page.getByRole('dialog', { name: personnelTopic })).toBeVisible()
    await expect(page.getByRole('tab', { name: '议题库' })).toHaveAttribute('aria-selected', 'true')
    await page.getByRole('dialog', { name: personnelTopic }).getByRole('button', { name: '关闭', exact: true }).last().click()
    await search.getByRole('searchbox').fill('第1次常委会')
    await search.getByRole('searchbox').press('Enter')
    await page.getByRole('region', { name: /^会议/u }).getByRole('button').first().click()
    await expect(page.getByRole('heading', { name: meetingLabel, level: 1 })).toBeVisible()

    // 设置 → 议事规则: the strict reading of 半数以上 is saved.
    await openSettingsTab(page, '议事规则')
    await page.getByLabel(quorumReadingLabels['more-than-half']).check()
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByText('已保存')).toBeVisible()
    await expect(page.getByRole('rowheader', { name: '书记专题会议' })).toBeVisible()
    await page.getByRole('button', { name: '新增会议类型' }).click()
    const bodyForm = page.getByRole('dialog', { name: '新增会议类型' })
    await bodyForm.getByLabel('名称').fill('人才工作领导小组会议')
    await bodyForm.getByLabel('类别').selectOption({ label: '议事协调机构会议' })
    await bodyForm.getByRole('button', { name: '保存' }).click()
    await expect(page.getByText('已保存会议类型“人才工作领导小组会议”。')).toBeVisible()
    await expect(page.getByRole('rowheader', { name: '人才工作领导小组会议' })).toBeVisible()
    await shotWhole(app, 'meetings-08-settings-rules')
    const rules = await app.core.dispatch('meetingRules.get', undefined)
    expect(rules).toEqual({ ok: true, value: { quorumReading: 'more-than-half', materialDeadlineWorkingDays: 2 } })
  } finally {
    removeDir(files)
  }
})

test('撤回 a topic with its reason; 开始会议 on the day opens the meeting record in place of the detail, 返回 comes back', async ({ app }) => {
  const page = await startAsRecorder(app)
  await seedStandingCommittee(app.core, '2026-01-01')

  // Set up through core (the first test does it through the screens): a meeting today (the app's today), one topic.
  const today = localDate(app.clock.now())
  const bodies = await app.core.dispatch('bodies.list', undefined)
  if (!bodies.ok) throw new Error(bodies.error.message)
  const standing = (bodies.value as BodyView[]).find((body) => body.kind === 'standing')!
  const meeting = await app.core.dispatch('meetings.create', { bodyId: standing.id, date: today, startTime: '08:30', place: '区委常委会议室', chairId: null, recorderName: '王秘书' })
  const topic = await app.core.dispatch('topics.save', { bodyId: standing.id, title: '关于开展冬季安全生产大检查的议题', category: 'general', proposingUnit: '区应急管理局', presenter: '王强', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
  if (!meeting.ok || !topic.ok) throw new Error('setup failed')
  const meetingId = (meeting.value as MeetingDetail).id
  expect((await app.core.dispatch('agenda.add', { meetingId, topicId: (topic.value as TopicSummary).id })).ok).toBe(true)

  // A topic the proposing unit takes back: 撤回 with its reason.
  const dropped = await app.core.dispatch('topics.save', { bodyId: standing.id, title: '关于调整城区停车收费标准的议题', category: 'general', proposingUnit: '区发展改革局', presenter: '李华', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
  expect(dropped.ok).toBe(true)
  await page.getByRole('tab', { name: '议题库' }).click()
  await page.getByRole('button', { name: '关于调整城区停车收费标准的议题' }).click()
  const detail = page.getByRole('dialog', { name: '关于调整城区停车收费标准的议题' })
  await detail.getByRole('button', { name: '撤回议题' }).click()
  await expect(detail.getByRole('button', { name: '确认撤回' })).toBeDisabled()
  await detail.getByLabel('撤回原因').fill('提请单位申请撤回，待进一步调研')
  await detail.getByRole('button', { name: '确认撤回' }).click()
  await expect(detail.getByText('已撤回议题《关于调整城区停车收费标准的议题》。')).toBeVisible()
  await expect(detail.getByText(/：提请单位申请撤回，待进一步调研$/u)).toBeVisible()
  await expect(detail.getByRole('button', { name: '书记审定' })).toHaveCount(0)
  await detail.getByRole('button', { name: '关闭', exact: true }).last().click()
  await expect(page.getByRole('row').filter({ hasText: '关于调整城区停车收费标准的议题' })).toContainText('已撤回')

  await page.getByRole('tab', { name: '会议' }).click()
  await page.getByRole('button', { name: /第1次常委会会议/u }).click()
  await page.getByRole('button', { name: '发出通知' }).click()
  await page.getByRole('button', { name: '开始会议' }).click()
  await expect(page.getByRole('button', { name: '结束会议' })).toBeVisible()
  await expect(page.getByRole('button', { name: '← 返回会议列表' })).toHaveCount(0)
  await page.getByRole('button', { name: '← 返回', exact: true }).click()
  await expect(page.getByRole('listitem').filter({ hasText: '进行中' }).first()).toHaveAttribute('aria-current', 'step')
  await page.getByRole('button', { name: '进入会议记录' }).click()
  await expect(page.getByRole('button', { name: '结束会议' })).toBeVisible()
})

test('书记专题会议: choose its members; a personnel topic for the 常委会 references its consultation', async ({ app }) => {
  const page = await startAsRecorder(app)
  await seedStandingCommittee(app.core, '2026-01-01')

  await page.getByRole('button', { name: '新建会议' }).click()
  const create = page.getByRole('dialog', { name: '新建会议' })
  await create.getByLabel('会议类型').selectOption({ label: '书记专题会议' })
  await create.getByLabel('会议日期').fill('2026-11-26')
  await create.getByLabel('会议地点').fill('区委书记办公室')
  await create.getByRole('button', { name: '创建会议' }).click()
  await expect(page.getByRole('heading', { name: '2026年第1次书记专题会议', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: '选择应到成员' }).click()
  const choose = page.getByRole('dialog', { name: '选择应到成员' })
  for (const name of ['李明远', '王建平', '刘海燕', '孙立新', '周晓东', '吴红梅', '郑永刚', '黄丽']) await choose.getByLabel(new RegExp(`^${name}`, 'u')).uncheck()
  await choose.getByRole('button', { name: '保存（3 人）' }).click()
  await expect(page.getByRole('heading', { name: '应到成员（3 人）' })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: '陈志强' })).toBeVisible()

  // The 酝酿 item: a personnel topic of the 专题会 on its agenda.
  const bodies = await app.core.dispatch('bodies.list', undefined)
  if (!bodies.ok) throw new Error(bodies.error.message)
  const secretary = (bodies.value as BodyView[]).find((body) => body.kind === 'secretary')
  if (!secretary) throw new Error('no 书记专题会议 body')
  const consulted = await app.core.dispatch('topics.save', { bodyId: secretary.id, title: '关于启动区管干部选拔任用工作的意见', category: 'personnel', proposingUnit: '区委组织部', presenter: '陈志强', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
  if (!consulted.ok) throw new Error(consulted.error.message)
  await page.getByRole('button', { name: '添加议题' }).click()
  await page.getByRole('button', { name: '列入议程：关于启动区管干部选拔任用工作的意见' }).click()
  await expect(page.getByRole('heading', { name: '会议议程（1 个议题）' })).toBeVisible()

  await page.getByRole('button', { name: '← 返回会议列表' }).click()
  await page.getByRole('tab', { name: '议题库' }).click()
  await page.getByRole('button', { name: '申报议题' }).click()
  const form = page.getByRole('dialog', { name: '申报议题' })
  await form.getByLabel('议题名称', { exact: true }).fill('关于区教育局领导班子调整的议题')
  await form.getByLabel('议题类别').selectOption({ label: '三重一大：重要干部任免' })
  await form.getByLabel('提请单位').fill('区委组织部')
  await form.getByLabel('汇报人', { exact: true }).fill('陈志强')
  await form.getByLabel('书记专题会议酝酿').selectOption({ label: '2026年第1次书记专题会议（2026年11月26日，尚未召开）：关于启动区管干部选拔任用工作的意见' })
  await form.getByRole('button', { name: '申报', exact: true }).click()
  const detail = page.getByRole('dialog', { name: '关于区教育局领导班子调整的议题' })
  await expect(detail.getByRole('button', { name: '2026年第1次书记专题会议' })).toBeVisible()
  await detail.getByRole('button', { name: '2026年第1次书记专题会议' }).click()
  await expect(page.getByRole('heading', { name: '2026年第1次书记专题会议', level: 1 })).toBeVisible()
})
