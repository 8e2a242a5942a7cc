// The check code of a seal (校验码): 16 hex digits of the signed seal's SHA-256, in four groups
// of four, short enough to read off paper and compare with the vault (「校验码：3F2A 91C0 7B1D
// E4A8」). The printed 会议记录, 纪要 and 专用记录本 page carry it; the app shows it on demand.
// Core computes it from the record as it reads now, so a record changed after 签发 gives
// another code than the paper printed before.

/** How a signed record's seal reads now. */
export type SealState =
  /** The record hashes to its seal and the seal is signed by its signer. */
  | 'intact'
  /** The record hashes to its seal, made before seals were signed (hash check only). */
  | 'legacy'
  /** The record or its seal was changed after 签发, or the signature is not the signer's. */
  | 'changed'

export interface SealCheck {
  state: SealState
  /** 3F2A 91C0 7B1D E4A8: of the record as it reads now. */
  checkCode: string
}

export const sealStateLabels: Record<SealState, string> = {
  intact: '已签发 · 与签发时一致',
  legacy: '已签发（旧式校验）',
  changed: '已签发 · 签发后被改动',
}

/** What the state means for a secretary comparing paper with the vault. */
export const sealStateHints: Record<SealState, string> = {
  intact: '记录与签发时一致，签名属于签发人。纸质文件上的校验码应与此相同。',
  legacy: '该记录在启用签名保护之前签发，只能核对内容校验值，不能证明签发人。纸质文件上的校验码应与此相同。',
  changed: '记录与签发时的校验值或签发人的签名不符：数据库中的内容可能被改动过。请勿据此出具文件，并请管理员核查审计日志、必要时从备份恢复。',
}

const sha256Hex = /^[0-9a-f]{64}$/iu

/** 3F2A 91C0 7B1D E4A8: the first 16 hex digits of a SHA-256 (hex), upper case, in groups of four. */
export function sealCheckCode(sealHash: string): string {
  if (!sha256Hex.test(sealHash)) throw new Error('校验码只能由 SHA-256 校验值（64 位十六进制）得出')
  return (sealHash.slice(0, 16).toUpperCase().match(/.{4}/gu) ?? []).join(' ')
}

/** The line printed at the end of the document. */
export function checkCodeLine(checkCode: string): string {
  return `校验码：${checkCode}`
}
