import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { MinutesContent } from '../../../shared/documents/minutes/content'
import { minutesDocument } from '../../../shared/documents/minutes/layout'
import type { DocumentModel } from '../../../shared/documents/model'
import { buildAppointmentNotice } from '../../../shared/documents/personnel/appointment-notice'
import { defaultDocumentSettings } from '../../../shared/documents/settings'
import { colophonPlacement, headPlacement, textBlockBottomMm } from '../../support/gongwen-placement'
import { documentArtifacts, pageNumberPlacement, pdfWords, renderPages, scratchDir } from '../../support/pdf-layout'
import { previewToPdf } from '../../support/preview-pdf'
import { removeDir } from '../../support/vault'

// The preview's sheets printed by Chromium (导出PDF and 打印 print these): measured like
// LibreOffice's PDF of the .docx — the 版头 where GB/T 9704 7.2 puts it, the 版记 on the foot
// of an even last page (7.4.1) with full-width rules, "— N —" right on odd and left on even pages.

const settings = defaultDocumentSettings('中共示例区委员会')
const folder = scratchDir('preview-pdf')
afterAll(() => removeDir(folder))

const minutesContent: MinutesContent = {
  opening: '2026年11月20日，区委书记林书记在区委常委会议室主持召开2026年第15次区委常委会会议，研究了以下事项。',
  sections: [
    {
      agendaItemId: '00000000-0000-4000-8000-000000000301',
      heading: '关于2027年区级重点民生实事项目',
      personnel: false,
      paragraphs: ['会议听取了区发展改革委关于2027年区级重点民生实事项目安排的汇报。', '会议原则同意2027年区级重点民生实事项目安排，由区发展改革委根据会议意见修改完善后按程序实施。'], view: '',
    },
  ],
  includePersonnel: false,
  attendance: { present: '林书记、陈区长、王副书记、钱书记、李书记', leave: '赵部长（公出）', guests: '' },
  classification: { level: 'confidential', years: 10 },
  copyNumber: '000003',
  distribution: '区委常委，区人大常委会、区政府、区政协党组（党委）主要负责同志，区纪委监委',
}

const documents: { name: string; model: DocumentModel; withNumber: boolean }[] = [
  {
    name: 'minutes',
    withNumber: false,
    model: minutesDocument({ content: minutesContent, documentTitle: '2026年第15次常委会会议纪要', mark: '中共示例区委常委会会议纪要', issueNumber: 15, office: '中共示例区委办公室', date: '2026-11-23', signerName: null, personnel: null }),
  },
  {
    name: 'appointment',
    withNumber: true,
    model: buildAppointmentNotice(
      { items: [{ name: '叶晨光', actionType: 'concurrent', currentPost: '区教育局局长', proposedPost: '区实验中学校长', postToRemove: '', probation: false }], docNumber: '示区委〔2026〕9号', addressee: '各镇党委、街道党工委', date: '2026-10-31' },
      settings,
    ),
  },
]

describe('the preview printed by Chromium', () => {
  for (const { name, model, withNumber } of documents) {
    it(`prints the ${name} with the GB/T 9704 版头, 版记 and page numbers`, async () => {
      const pdf = await previewToPdf(model, join(folder, `${name}.pdf`))
      const pages = pdfWords(pdf)
      renderPages(pdf, join(documentArtifacts, `chromium-${name}`))
      const head = headPlacement(pdf, pages, '', withNumber ? '〔' : null)!
      expect(Math.abs(head.markTopMm - 35)).toBeLessThanOrEqual(1)
      expect(Math.abs(head.ruleBelowNumberMm! - 4)).toBeLessThanOrEqual(1)
      expect(Math.abs(head.redRule!.widthMm - 156)).toBeLessThanOrEqual(0.5)
      if (withNumber) expect(head.linesToNumber!).toBeGreaterThanOrEqual(2)
      const colophon = colophonPlacement(pdf, pages)!
      expect(colophon.page % 2).toBe(0)
      expect(Math.abs(colophon.lastRuleMm - textBlockBottomMm)).toBeLessThanOrEqual(1)
      for (const rule of colophon.rules) expect(Math.abs(rule.widthMm - 156)).toBeLessThanOrEqual(0.5)
      for (const page of pages) {
        const number = pageNumberPlacement(page)
        expect(number?.side).toBe(page.number % 2 === 1 ? 'right' : 'left')
      }
    }, 60_000)
  }
})
