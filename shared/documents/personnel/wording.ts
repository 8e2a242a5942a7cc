import type { DocumentSettings } from '../settings'

// Small wording rules shared by the personnel documents.

// Words in which 付 is right (支付, 交付 …): everywhere else in a post it is a slip for 副.
const rightfulFu = /(支付|交付|付款|付费|付出|对付|应付|偿付|托付|兑付|给付|预付|垫付|拨付|赔付)/gu

/** “副”, never “付”: 付局长 → 副局长, 付书记 → 副书记, leaving 支付中心 alone. */
export function normaliseDeputy(text: string): string {
  const kept: string[] = []
  const masked = text.replace(rightfulFu, (word) => {
    kept.push(word)
    return '\ue000'
  })
  return masked.replace(/付/gu, '副').replace(/\ue000/gu, () => kept.shift() ?? '')
}

/** 发文机关署名: the 发文机关标志 without its 文件 (中共示例区委文件 → 中共示例区委). */
export function issuerName(settings: Pick<DocumentSettings, 'documentMark'>): string {
  return settings.documentMark.replace(/文件$/u, '')
}

/** '1975.03' (the form's year and month) → '1975年3月'; anything else as written. */
export function chineseYearMonth(formatted: string): string {
  const match = /^(\d{4})\.(\d{1,2})/u.exec(formatted.trim())
  return match ? `${match[1]}年${Number(match[2])}月` : formatted.trim()
}
