import { extname } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { MaterialContent } from '../../../shared/meetings/views'
import { plainText } from '../material-text/extract-text'
import { materialBytes } from '../material-text/index-materials'
import type { Session } from '../session'
import { findMaterial } from './materials-service'

// 查看 a material in the app, read-only: its bytes are decrypted into memory and sent to the
// window as they are (a PDF for pdf.js, an image) or converted there (a .docx to HTML with
// mammoth, text decoded); no decrypted copy is ever written to disk.

/** A file this large is read in the app only after 导出 (the window would hold it several times). */
export const maxViewBytes = 60 * 1024 * 1024

const imageTypes: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp' }

/**
 * mammoth's HTML is a few plain tags; links keep their text but lose their targets and only
 * embedded images (data:image/…) stay, so the page can open or load nothing (the CSP also
 * refuses scripts and handlers).
 */
export function safeDocxHtml(html: string): string {
  return html
    .replace(/<a\b[^>]*>/giu, '<a>')
    .replace(/<img\b[^>]*>/giu, (tag) => (/\ssrc="data:image\/(png|jpeg|gif|bmp|webp);base64,[A-Za-z0-9+/=]+"/u.test(tag) ? tag.replace(/\s(?!src=|alt=)[a-z-]+="[^"]*"/giu, '') : ''))
    .replace(/\son[a-z]+="[^"]*"/giu, '')
}

export async function viewMaterial(session: Session, materialId: string): Promise<MaterialContent> {
  const material = findMaterial(session.db, materialId)
  const base = { fileName: material.fileName, size: material.size }
  const extension = extname(material.fileName).slice(1).toLowerCase()
  const readable = extension === 'pdf' || extension === 'docx' || extension === 'txt' || extension in imageTypes
  if (!readable) return { ...base, kind: 'unsupported' }
  if (material.size > maxViewBytes) throw new AppError('RULE_VIOLATION', `材料“${material.fileName}”超过 60 MB，无法在程序内查看，请使用“导出…”后用其他软件打开。`)
  const bytes = materialBytes(session, { kind: 'material', id: material.id, size: material.size })
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  try {
    if (extension === 'pdf') return { ...base, kind: 'pdf', base64: buffer.toString('base64') }
    if (extension in imageTypes) return { ...base, kind: 'image', dataUrl: `data:${imageTypes[extension]};base64,${buffer.toString('base64')}` }
    if (extension === 'txt') return { ...base, kind: 'text', text: plainText(bytes) }
    const mammoth = await import('mammoth')
    try {
      const result = await mammoth.convertToHtml({ buffer })
      return { ...base, kind: 'html', html: safeDocxHtml(result.value) }
    } catch {
      throw new AppError('RULE_VIOLATION', `材料“${material.fileName}”无法读取（文件已损坏或不是 .docx 文档），请使用“导出…”后用其他软件打开。`)
    }
  } finally {
    bytes.fill(0)
  }
}
