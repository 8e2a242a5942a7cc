// One model for every generated 公文 (GB/T 9704-2012): a list of typed blocks. Each
// document type builds it from the record (a pure function in shared/documents/<type>/);
// core renders it to .docx (electron/core/documents/docx) and the page renders the same
// model as HTML for the preview, so what the secretary checks is what she exports.

/** A run of text inside a paragraph; the font follows the role (GB/T 9704 fonts). */
export interface TextRun {
  text: string
  /** 'body' 仿宋 (default), 'hei' 黑体 (first-level headings, labels), 'kai' 楷体 (second level). */
  font?: 'body' | 'hei' | 'kai'
  bold?: boolean
}

export type DocumentBlock =
  /** 发文机关标志 or the 纪要 mark (中共示例区委常委会会议纪要): red, 小标宋, centred. */
  | { kind: 'redMark'; text: string }
  /** A centred line in body type: 第15期, a 发文字号 (示区委〔2026〕15号). */
  | { kind: 'centredLine'; text: string }
  /**
   * One line with text at both ends: the 纪要's issuing office on the left, the date on the
   * right; or 第×期 and 签发人：, whose name (rightName) is 楷体 (GB/T 9704 7.2.6).
   */
  | { kind: 'splitLine'; left: string; right: string; rightName?: string }
  /** The red rule under the header (版头分隔线). */
  | { kind: 'redRule' }
  /** 标题: 2号 小标宋, centred, may wrap. */
  | { kind: 'title'; text: string }
  /** 主送机关: flush left, ends with a full-width colon. */
  | { kind: 'addressee'; text: string }
  /** A body paragraph, first line indented two characters. */
  | { kind: 'paragraph'; runs: TextRun[] }
  /** 一、(黑体) （一）(楷体) 1. and （1）(仿宋); the text includes its number. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /**
   * 出席：张三、李四…: label in 黑体, indented two characters, wrapped lines aligned after the
   * colon; labelChars fixes that indent (a list of speakers keeps one left edge whatever the
   * length of each name).
   */
  | { kind: 'labelled'; label: string; text: string; labelChars?: number }
  /**
   * A table in 4号 (专用记录本 entries, lists), its columns sized from their text
   * (shared/documents/table-layout.ts): whole columns (names, numbers, dates) never break;
   * widths weigh the columns that wrap; align per column (numbers centred or right).
   */
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[]; whole?: boolean[]; align?: ('left' | 'center' | 'right')[] }
  /** 发文机关署名 and 成文日期, right side (the date four characters from the right margin). */
  | { kind: 'signature'; issuer: string; date: string }
  /** Lines to sign by hand: 主持人（签字）：＿＿＿＿. */
  | { kind: 'signatureLines'; labels: string[] }
  /**
   * 校验码：3F2A 91C0 7B1D E4A8 (shared/seals/check-code.ts): the seal's check code at the end
   * of a signed record, in 4号, indented two characters like a 附注, never in the 版记.
   */
  | { kind: 'checkCode'; code: string }
  /** 版记: 抄送/分送 and the printing office and date, between thin rules at the end. */
  | {
      kind: 'colophon'
      lines: { label: string; text: string }[]
      printer?: { office: string; date: string }
      /** The space above it on its page, set by the pagination (shared/documents/pagination.ts) so the last rule lies on the text block's foot. */
      spaceAboveMm?: number
    }
  /** An empty body line. */
  | { kind: 'blank' }
  /** 份号 and 密级 at the top left of a sheet printed to be handed out on its own (each 表决票), as the document's marks are on its first page. */
  | { kind: 'sheetMarks'; marks: HeaderMarks }
  | { kind: 'pageBreak' }
  /** The blocks up to keepEnd stay on one page (a candidate's tables in the 专用记录本): a page break goes before them when they would not fit. */
  | { kind: 'keepStart' }
  | { kind: 'keepEnd' }

/** 份号, 密级和保密期限 and 紧急程度: printed top left when the document is classified. */
export interface HeaderMarks {
  /** Six digits, e.g. 000012. */
  copyNumber?: string
  /** e.g. 机密★10年 */
  classification?: string
  /** e.g. 特急 */
  urgency?: string
}

export interface DocumentModel {
  /** What the document is, for the file's properties and the preview's heading. */
  documentTitle: string
  marks?: HeaderMarks
  blocks: DocumentBlock[]
}
