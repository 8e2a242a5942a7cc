// ZhaoPian holds the photo as base64. Only JPEG and PNG, told by their first bytes (never
// by what the file claims), are kept: anything else is dropped with a warning, and the
// rest of the form still imports.
import type { LrmxPhoto } from '../../../../shared/personnel/lrmx-types'

const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

export function photoType(bytes: Uint8Array): LrmxPhoto['type'] | null {
  if (startsWith(bytes, JPEG)) return 'jpeg'
  if (startsWith(bytes, PNG)) return 'png'
  return null
}

export function readPhoto(base64Text: string, warnings: string[]): LrmxPhoto | null {
  const base64 = base64Text.replace(/\s+/gu, '')
  if (base64 === '') return null
  if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(base64) || base64.length % 4 === 1) {
    warnings.push('照片不是有效的 base64 数据，未导入照片')
    return null
  }
  const data = Buffer.from(base64, 'base64')
  const type = photoType(data)
  if (type === null) {
    warnings.push('照片不是 JPEG 或 PNG 图片，未导入照片')
    return null
  }
  return { type, data }
}

export function writePhoto(photo: LrmxPhoto | null): string {
  return photo === null ? '' : Buffer.from(photo.data.buffer, photo.data.byteOffset, photo.data.byteLength).toString('base64')
}

/** The photo as the window shows it. */
export function photoDataUrl(photo: LrmxPhoto | null): string | null {
  if (photo === null) return null
  return `data:image/${photo.type};base64,${Buffer.from(photo.data.buffer, photo.data.byteOffset, photo.data.byteLength).toString('base64')}`
}
