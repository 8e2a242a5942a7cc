import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { enterDashboardYear, dashboardToday } from '../core/dashboard-fixture'
import { bodyId, meetingsVaults } from '../../support/meetings-fixture'
import { docxRuns, docxToPdf, documentArtifacts, isA4, pageNumberPlacement, pdfText, pdfWords, renderPages, scratchDir, textBlockBounds, toMm } from '../../support/pdf-layout'

// 自查报告 printed by LibreOffice: A4 inside the GB/T 9704 text block, page numbers on
// alternating sides, the statistics as tables and the findings by rule, the office's own
// narrative; pages kept as PNGs in test/artifacts/documents to look at.

const vaults = meetingsVaults()
const block = { left: 28, top: 37, width: 156, height: 225 }

describe('the self-check report as printed', () => {
  it('prints the title, the figures as tables, each rule with its findings and the edited narrative', async () => {
    const vault = await vaults.open({ start: dashboardToday, roster: false })
    await enterDashboardYear(vault, vaults.folder())
    const check = { bodyId: bodyId(vault, 'standing'), period: { kind: 'half' as const, year: 2026, half: 1 as const } }
    const narrative = { ...(await vault.core.call('selfCheck.defaultNarrative', check)), causes: '会议频次不足的原因是上半年集中开展专项工作。\n另一原因有待补充。' }
    const target = join(vaults.folder(), 'self-check-report.docx')
    vault.core.dialogs.saveFiles.push(target)
    expect(await vault.core.call('selfCheck.exportReport', { ...check, narrative })).toEqual({ path: target })
    const audit = (await vault.core.call('audit.list', { limit: 1 }))[0]
    expect(audit).toMatchObject({ action: 'selfCheck.exportReport', summary: expect.stringContaining('中共示例区委常委会贯彻执行议事规则情况自查报告') })

    const name = 'self-check-report'
    const scratch = scratchDir(name)
    try {
      const pdf = docxToPdf(target, scratch)
      for (const old of existsSync(documentArtifacts) ? readdirSync(documentArtifacts) : []) if (old.startsWith(`${name}-`)) rmSync(join(documentArtifacts, old))
      renderPages(pdf, join(documentArtifacts, name))
      const pages = pdfWords(pdf)
      expect(pages.length).toBeGreaterThan(1)
      for (const page of pages) {
        expect(isA4(page)).toBe(true)
        const bounds = textBlockBounds(page)
        expect(toMm(bounds.xMin)).toBeGreaterThanOrEqual(block.left - 1)
        expect(toMm(bounds.yMin)).toBeGreaterThanOrEqual(block.top - 1)
        expect(toMm(bounds.xMax)).toBeLessThanOrEqual(block.left + block.width + 6.6)
        expect(toMm(bounds.yMax)).toBeLessThanOrEqual(block.top + block.height + 1)
        expect(pageNumberPlacement(page)?.side).toBe(page.number % 2 === 1 ? 'right' : 'left')
      }
      const text = pdfText(pages).replace(/\n/gu, '')
      for (const words of [
        '中共示例区委常委会贯彻执行议事规则情况自查报告',
        '一、基本情况',
        '2026年上半年共召开常委会会议2次',
        '重大决策（三重一大）',
        '钱学文',
        '公出2次',
        '二、执行议事规则情况',
        '3月只召开1次常委会会议（要求每月至少2次）',
        '逾期5天未报告进展',
        '会议频次不足的原因是上半年集中开展专项工作。',
        '另一原因有待补充。',
        '四、整改措施',
        '中共示例区委办公室',
        '2026年6月15日',
      ]) {
        expect(text).toContain(words)
      }
      const runs = await docxRuns(readFileSync(target))
      // The title wraps into two balanced lines, one run each, in 2号 小标宋.
      const title = runs.filter((run) => run.size === 44)
      expect(title.map((run) => run.text).join('')).toBe('中共示例区委常委会贯彻执行议事规则情况自查报告')
      expect(title.every((run) => run.eastAsia === '方正小标宋简体')).toBe(true)
      expect(runs.find((run) => run.text === '一、基本情况')).toMatchObject({ eastAsia: '黑体', size: 32 })
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})
