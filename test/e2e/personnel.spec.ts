import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { localDay } from '../../shared/calendar/local-day'
import type { CalendarView } from '../../shared/ipc/channels/calendar'
import type { CadreSummary } from '../../shared/personnel/views'
import { addDays } from '../../shared/roster/dates'
import { removeDir, tempDir } from '../support/vault'
import { expect, test } from './support/app'
import { createVault, mainNav, openSettingsTab, unlock } from './support/flows'
import { seedDecidedCandidate } from './support/personnel-seed'
import { lrmxFixtureDir } from '../support/fixtures'

const fixtures = ['chen-gb2312.lrmx', 'hostile-xxe.lrmx', 'li-retire-dotted-dates.lrmx', 'truncated.lrmx', 'zhang-promotion.lrmx']

/** Drops files on the page as the OS would: a DataTransfer built in the page from the files' bytes. */
async function dropFiles(page: Page, names: string[]): Promise<void> {
  const files = names.map((name) => [name, readFileSync(join(lrmxFixtureDir, name)).toString('base64')] as const)
  const dataTransfer = await page.evaluateHandle((dropped) => {
    // The test runs under Node's types; in the page these are the browser's.
    const browser = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: unknown[], name: string) => unknown }
    const transfer = new browser.DataTransfer()
    for (const [fileName, data] of dropped) transfer.items.add(new browser.File([Uint8Array.from(atob(data), (char) => char.charCodeAt(0))], fileName))
    return transfer
  }, files)
  const target = page.locator('.personnel-page')
  await target.dispatchEvent('dragover', { dataTransfer })
  await target.dispatchEvent('drop', { dataTransfer })
}

const dropFile = (page: Page, name: string) => dropFiles(page, [name])

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })

test('the personnel book: import by picker and drop, register, stages refused, export, book, reminders, counts, calendar, no grant', async ({ app }) => {
  const folder = tempDir('yishi-personnel-')
  try {
    await app.open()
    await createVault(app)
    await unlock(app.page)
    const page = app.page
    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await expect(page.getByRole('tab', { name: '台账' })).toBeVisible()
    await expect(page.getByText('没有符合条件的任免事项。')).toBeVisible()
    await app.shot('personnel-01-register-empty')

    // Drag and drop one file: previewed (photo, fields), then imported.
    await dropFile(page, 'li-retire-dotted-dates.lrmx')
    const preview = page.getByRole('dialog', { name: '导入干部任免审批表：预览' })
    await expect(preview.getByRole('heading', { name: 'li-retire-dotted-dates.lrmx' })).toBeVisible()
    await expect(preview.getByText('李秀英', { exact: true })).toBeVisible()
    await app.shot('personnel-02-drop-preview')
    await preview.getByRole('button', { name: '导入（1 份）' }).click()
    const result = page.getByRole('dialog', { name: '导入结果' })
    await expect(result.getByText('导入完成：新建 1 份，更新 0 份。')).toBeVisible()
    await result.getByRole('button', { name: '完成' }).click()

    // The picker: all five fixtures; the hostile and truncated ones refused with their messages, 李秀英 skipped this time.
    app.dialogs.openFiles.push(fixtures.map((name) => join(lrmxFixtureDir, name)))
    await page.getByRole('button', { name: '导入 .lrmx…' }).click()
    await expect(preview.getByText('hostile-xxe.lrmx：文件含有 DOCTYPE/实体声明，可能是恶意文件，已拒绝')).toBeVisible()
    await expect(preview.getByText('truncated.lrmx：文件不完整或格式错误（第 20 行：文件在元素结束前中断）')).toBeVisible()
    await expect(preview.getByRole('img', { name: '张建国的照片' })).toBeVisible()
    await preview.getByRole('group', { name: 'li-retire-dotted-dates.lrmx的导入方式' }).getByRole('radio', { name: '跳过' }).check()
    await app.shot('personnel-03-picker-preview')
    await preview.getByRole('button', { name: '导入（2 份）' }).click()
    await expect(result.getByText('导入完成：新建 2 份，更新 0 份。')).toBeVisible()
    await app.shot('personnel-04-import-result')
    await result.getByRole('button', { name: '完成' }).click()
    const listed = await app.core.dispatch('personnel.listCadres', {})
    const cadres = (listed.ok ? listed.value : []) as CadreSummary[]
    expect(cadres.map((cadre) => cadre.name).sort()).toEqual(['张建国', '李秀英', '陈志强'].sort())

    // A candidate decided at a meeting (the meeting screen's part, through the core).
    const zhang = cadres.find((cadre) => cadre.name === '张建国')
    await seedDecidedCandidate(app.core, zhang!.id)

    // The register: two characters of the name find him; his timeline; export .xlsx.
    await page.getByLabel('姓名', { exact: true }).fill('建国')
    await page.getByRole('button', { name: '查找', exact: true }).click()
    const rows = page.locator('.register-table tbody tr')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('张建国')
    await expect(rows.first()).toContainText('第1册第1号（通过）')
    await app.shot('personnel-05-register-found')
    await page.getByRole('button', { name: '张建国的任免经历' }).click()
    const timeline = page.getByRole('dialog', { name: '张建国的任免经历' })
    await expect(timeline.getByText('任职/提拔：讨论决定（通过）')).toBeVisible()
    await app.shot('personnel-06-timeline')
    await timeline.getByRole('button', { name: '关闭' }).last().click()
    const target = join(folder, '干部任免台账.xlsx')
    app.dialogs.saveFiles.push(target)
    await page.getByRole('button', { name: '导出 .xlsx…' }).click()
    await expect(page.getByText(target)).toBeVisible()
    expect(existsSync(target)).toBe(true)

    // 干部档案: the form, the matter's stages; a public notice of fewer than 5 working days is refused.
    await tab(page, '干部档案').click()
    await page.getByRole('button', { name: /^张建国/u }).click()
    await expect(page.getByRole('region', { name: '张建国的干部任免审批表' })).toBeVisible()
    await expect(page.getByText('专用记录本2026年第1册第1号，通过').or(page.getByText(/专用记录本\d{4}年第1册第1号，通过/u))).toBeVisible()
    await app.shot('personnel-07-cadre-detail')
    await page.getByRole('button', { name: '编辑…' }).click()
    const matterDialog = page.getByRole('dialog', { name: '编辑任免事项：张建国' })
    const today = localDay(app.clock.now())
    await matterDialog.getByLabel('任前公示开始日期').fill(addDays(today, 1))
    await matterDialog.getByLabel('任前公示结束日期').fill(addDays(today, 2))
    await expect(matterDialog.getByText(/不少于 5 个工作日：最早可于/u)).toBeVisible()
    await matterDialog.getByRole('button', { name: '保存' }).click()
    await expect(matterDialog.getByRole('alert')).toContainText('任前公示期不少于 5 个工作日')
    await expect(matterDialog.getByRole('alert')).toContainText('未保存。')
    await app.shot('personnel-08-notice-refused')
    await matterDialog.getByRole('button', { name: '取消' }).click()

    // 新建档案 by hand.
    await page.getByRole('button', { name: '新建档案…' }).click()
    const cadreDialog = page.getByRole('dialog', { name: '新建干部档案（手工录入任免审批表）' })
    await cadreDialog.getByLabel('姓名', { exact: true }).fill('周明')
    await cadreDialog.getByLabel('出生年月', { exact: true }).fill('1982.05')
    await cadreDialog.getByLabel('现任职务', { exact: true }).fill('示例区司法局副局长')
    await cadreDialog.getByLabel('简历').fill('2005.07--  示例区司法局科员')
    await app.shot('personnel-09-new-cadre')
    await cadreDialog.getByRole('button', { name: '保存档案' }).click()
    await expect(page.getByText('已新建周明的档案。')).toBeVisible()
    await expect(page.getByRole('heading', { name: '周明', level: 2 })).toBeVisible()

    // 专用记录本, an entry laid out like the template; 提醒; 统计.
    await tab(page, '专用记录本').click()
    await expect(page.getByRole('heading', { name: /\d{4}年第1册/u })).toBeVisible()
    await app.shot('personnel-10-book')
    await page.getByRole('button', { name: '第1号' }).click()
    const entry = page.getByRole('dialog', { name: /干部任免专用记录本 \d{4}年第1册第1号/u })
    await expect(entry.getByText('同意11票，不同意0票，弃权0票', { exact: false })).toBeVisible()
    await app.shot('personnel-11-entry')
    await entry.getByRole('button', { name: '关闭' }).last().click()
    await tab(page, '提醒').click()
    await expect(page.getByRole('region', { name: /已讨论决定尚未下发任职通知/u })).toContainText('张建国')
    await app.shot('personnel-12-reminders')
    await tab(page, '统计').click()
    await expect(page.getByRole('columnheader', { name: '任职/提拔' })).toBeVisible()
    await app.shot('personnel-13-counts')

    // 设置 → 工作日历: an office holiday added and saved.
    await openSettingsTab(page, '工作日历')
    await expect(page.getByText(/年及以后的放假和调休安排公布后，请在这里导入或逐日添加/u)).toBeVisible()
    await page.getByLabel('日期').first().fill('2027-10-08')
    await page.getByRole('button', { name: '添加到“增加的休息日”' }).click()
    await expect(page.getByText('2027年10月8日 星期五')).toBeVisible()
    await page.getByLabel('日期').last().fill('2027-10-08')
    await page.getByRole('button', { name: '添加到“增加的工作日”' }).click()
    await expect(page.getByRole('alert')).toContainText('同一天不能既是休息日又是工作日')
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByText('已保存')).toBeVisible()
    await app.shot('personnel-14-calendar')
    const calendar = await app.core.dispatch('calendar.get', undefined)
    expect(calendar.ok && (calendar.value as CalendarView).calendar.extraHolidays).toEqual(['2027-10-08'])

    // A user without the grant: the explanation, not the data.
    const created = await app.core.dispatch('users.create', { username: 'chakan', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chakan#Start2026' })
    expect(created.ok).toBe(true)
    await page.getByRole('button', { name: '锁定', exact: true }).click()
    await unlock(page, 'chakan', 'Chakan#Start2026')
    await page.getByLabel('当前密码', { exact: true }).fill('Chakan#Start2026')
    await page.getByLabel('新密码', { exact: true }).fill('Chakan#Mine2026x')
    await page.getByLabel('确认新密码', { exact: true }).fill('Chakan#Mine2026x')
    await page.getByRole('button', { name: '修改密码' }).click()
    await mainNav(page).getByRole('button', { name: '干部任免' }).click()
    await expect(page.getByText('您没有干部任免权限，无法打开专用记录本。')).toBeVisible()
    await expect(page.getByRole('tab', { name: '台账' })).toHaveCount(0)
    await expect(page.getByText('张建国')).toHaveCount(0)
    await app.shot('personnel-15-no-grant')
  } finally {
    removeDir(folder)
  }
})

test('forms as other tools write them: a six-digit résumé previewed as dated lines, an .lrm dropped with its .pic, an unplaceable .lrm refused', async ({ app }) => {
  await app.open()
  await createVault(app)
  await unlock(app.page)
  const page = app.page
  await mainNav(page).getByRole('button', { name: '干部任免' }).click()
  await expect(page.getByRole('tab', { name: '台账' })).toBeVisible()

  await dropFiles(page, ['wang-six-digit-resume.lrmx', 'zhao-dash-variants.lrmx', 'sun-v2.lrm', 'sun-v2.pic', 'unreadable-v2.lrm'])
  const preview = page.getByRole('dialog', { name: '导入干部任免审批表：预览' })
  const wang = preview.getByRole('list', { name: 'wang-six-digit-resume.lrmx的简历' })
  await expect(wang.getByRole('listitem')).toHaveCount(7)
  await expect(wang.getByRole('listitem').first()).toHaveText('1990.09--1994.07某某大学经济管理系经济管理专业学习')
  await expect(wang.getByRole('listitem').nth(4)).toContainText(/^2008.09--2015.04示例区红星镇副镇长\s*\(其中:201009--201207/u)
  await expect(wang.getByRole('listitem').last()).toHaveText('2019.11--至今示例区财政局局长')
  await expect(wang.getByText('（未注明年月）')).toHaveCount(0)
  // The line no tool could date: kept on its own and named in the warnings.
  const zhao = preview.getByRole('list', { name: 'zhao-dash-variants.lrmx的简历' })
  await expect(zhao.getByRole('listitem').nth(3)).toHaveText('（未注明年月）借调市教育局工作半年')
  await expect(preview.getByRole('list', { name: 'zhao-dash-variants.lrmx的提醒' })).toContainText('简历第 5 行没有可识别的起止年月')
  await expect(preview.getByRole('heading', { name: 'sun-v2.lrm + sun-v2.pic' })).toBeVisible()
  await expect(preview.getByRole('img', { name: '孙卫东的照片' })).toBeVisible()
  await expect(preview.getByText('unreadable-v2.lrm：这是旧版任免审批表文件（.lrm，版本 2），无法从文件确定其字段顺序，未导入。请在任免审批表软件中打开它，另存为 .lrmx 后再导入。')).toBeVisible()
  await expect(preview.getByText(/UTF-8/u)).toHaveCount(0)
  await expect(preview.getByText('共 4 个文件，其中 1 个无法导入（见下方原因）。', { exact: false })).toBeVisible()
  await app.shot('personnel-20-other-tools-preview')
  await preview.getByRole('heading', { name: 'sun-v2.lrm + sun-v2.pic' }).scrollIntoViewIfNeeded()
  await app.shot('personnel-21-old-lrm-preview')
  await preview.getByRole('button', { name: '导入（3 份）' }).click()
  const result = page.getByRole('dialog', { name: '导入结果' })
  await expect(result.getByText('导入完成：新建 3 份，更新 0 份。')).toBeVisible()
  expect(app.outsideRequests).toEqual([])
})
