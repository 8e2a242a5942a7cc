import { describe, expect, it } from 'vitest'
import type { MinutesContent } from '../../../shared/documents/minutes/content'
import { minutesDocument, minutesMark, type MinutesLayoutInput } from '../../../shared/documents/minutes/layout'
import { settings } from './minutes-fixture'

const itemA = '00000000-0000-4000-8000-000000000301'
const itemB = '00000000-0000-4000-8000-000000000302'

const content: MinutesContent = {
  opening: '2026年11月20日，区委书记林书记主持召开2026年第15次区委常委会会议，研究了以下事项。',
  sections: [
    { agendaItemId: itemA, heading: '关于2027年区级重点民生实事项目', personnel: false, paragraphs: ['会议听取了……的汇报。', '  ', '会议同意该方案。'], view: '' },
    { agendaItemId: itemB, heading: '关于有关同志职务任免', personnel: true, paragraphs: ['会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。'], view: '' },
  ],
  includePersonnel: false,
  attendance: { present: '林书记、陈区长', leave: '赵部长（公出）', guests: '' },
  classification: { level: 'confidential', years: 10 },
  copyNumber: null,
  distribution: '区委常委，区人大常委会',
}

const input = (extra: Partial<MinutesLayoutInput> = {}): MinutesLayoutInput => ({
  content,
  documentTitle: '2026年第15次常委会会议纪要',
  mark: '中共示例区委常委会会议纪要',
  issueNumber: 15,
  office: '中共示例区委办公室',
  date: '2026-11-23',
  signerName: null,
  personnel: null,
  ...extra,
})

describe('the 纪要 mark', () => {
  it('is the committee’s full name, the body and 会议纪要, unless the settings set one for the body', () => {
    const body = { id: '00000000-0000-4000-8000-000000000001', name: '常委会会议' }
    expect(minutesMark(settings, body)).toBe('中共示例区委常委会会议纪要')
    expect(minutesMark(settings, { ...body, name: '书记专题会议' })).toBe('中共示例区委书记专题会议纪要')
    expect(minutesMark(settings, { ...body, name: '区委全体会议' })).toBe('中共示例区委全体会议纪要')
    expect(minutesMark({ ...settings, minutesMarks: { [body.id]: '示例区委常委会议纪要' } }, body)).toBe('示例区委常委会议纪要')
  })
})

describe('the 纪要 layout', () => {
  it('has the header, numbered sections, the attendance lines and the distribution in order', () => {
    const model = minutesDocument(input())
    expect(model.documentTitle).toBe('2026年第15次常委会会议纪要')
    expect(model.marks).toEqual({ classification: '机密★10年' })
    expect(model.blocks).toEqual([
      { kind: 'redMark', text: '中共示例区委常委会会议纪要' },
      { kind: 'centredLine', text: '第15期' },
      { kind: 'splitLine', left: '中共示例区委办公室', right: '2026年11月23日' },
      { kind: 'redRule' },
      { kind: 'paragraph', runs: [{ text: content.opening }] },
      { kind: 'heading', level: 1, text: '一、关于2027年区级重点民生实事项目' },
      { kind: 'paragraph', runs: [{ text: '会议听取了……的汇报。' }] },
      { kind: 'paragraph', runs: [{ text: '会议同意该方案。' }] },
      { kind: 'heading', level: 1, text: '二、关于有关同志职务任免' },
      { kind: 'paragraph', runs: [{ text: '会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。' }] },
      { kind: 'blank' },
      { kind: 'labelled', label: '出席：', text: '林书记、陈区长' },
      { kind: 'labelled', label: '请假：', text: '赵部长（公出）' },
      // GB/T 9704 7.4.2: the 分送 list ends with 「。」.
      { kind: 'colophon', lines: [{ label: '分送', text: '区委常委，区人大常委会。' }], printer: { office: '中共示例区委办公室', date: '2026年11月23日' } },
    ])
  })

  it('prints one section without a heading, no marks when not classified, the copy number when set', () => {
    const single = { ...content, sections: [content.sections[0]!], classification: { level: 'none' as const, years: null } }
    const model = minutesDocument(input({ content: single }))
    expect(model.marks).toBeUndefined()
    expect(model.blocks.some((block) => block.kind === 'heading')).toBe(false)
    const secret = minutesDocument(input({ content: { ...content, classification: { level: 'secret', years: null }, copyNumber: '000012' } }))
    expect(secret.marks).toEqual({ copyNumber: '000012', classification: '秘密' })
  })

  it('prints the candidates from the book only when chosen and given', () => {
    const fromBook = { [itemB]: ['会议研究了干部任免事项（详见干部任免专用记录本2026年第1册第3号）。', '会议经无记名投票表决，同意张建国同志任区发展改革委主任。'] }
    const texts = (extra: Partial<MinutesLayoutInput>) => minutesDocument(input(extra)).blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text) : []))
    expect(texts({ personnel: fromBook }).join('')).not.toContain('张建国')
    expect(texts({ content: { ...content, includePersonnel: true }, personnel: fromBook })).toContain('会议经无记名投票表决，同意张建国同志任区发展改革委主任。')
    expect(texts({ content: { ...content, includePersonnel: true }, personnel: null })).toContain('会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。')
  })

  it('leaves out empty attendance lines and an empty distribution, and numbers many sections in Chinese', () => {
    const many = { ...content, attendance: { present: '林书记', leave: ' ', guests: '区财政局主要负责同志' }, distribution: '', sections: Array.from({ length: 12 }, (_, i) => ({ ...content.sections[0]!, agendaItemId: `00000000-0000-4000-8000-0000000004${String(i).padStart(2, '0')}` })) }
    const model = minutesDocument(input({ content: many }))
    expect(model.blocks.filter((block) => block.kind === 'labelled').map((block) => (block.kind === 'labelled' ? block.label : ''))).toEqual(['出席：', '列席：'])
    expect(model.blocks.at(-1)).toEqual({ kind: 'colophon', lines: [], printer: { office: '中共示例区委办公室', date: '2026年11月23日' } })
    expect(model.blocks.filter((block) => block.kind === 'heading').map((block) => (block.kind === 'heading' ? block.text.split('、')[0] : ''))).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'])
  })

  it('prints the secretary’s 会议认为 after the section’s first paragraph, and none for a personnel item', () => {
    const withView = { ...content, sections: [{ ...content.sections[0]!, view: '方案论证充分，群众关切回应到位' }, { ...content.sections[1]!, view: '不应出现' }] }
    const texts = minutesDocument(input({ content: withView })).blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text) : []))
    expect(texts.slice(1)).toEqual(['会议听取了……的汇报。', '会议认为，方案论证充分，群众关切回应到位。', '会议同意该方案。', '会议研究了干部任免事项，具体见干部任免专用记录本2026年第1册第3号。'])
  })

  it('puts the 签发人 on the 期号 line once signed (GB/T 9704 7.2.6: number left, 签发人 right, the name in 楷体)', () => {
    const blocks = minutesDocument(input({ signerName: '林书记', date: '2026-11-25' })).blocks
    expect(blocks.slice(1, 3)).toEqual([
      { kind: 'splitLine', left: '第15期', right: '签发人：', rightName: '林书记' },
      { kind: 'splitLine', left: '中共示例区委办公室', right: '2026年11月25日' },
    ])
  })
})
