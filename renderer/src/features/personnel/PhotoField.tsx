import { useState } from 'react'
import type { PhotoChoice } from './cadreFormDraft'

const maxPhotoBytes = 2 * 1024 * 1024

/** The photo: kept as it is, replaced by a JPEG/PNG chosen here, or removed. */
export function PhotoField({ current, choice, onChoose }: { current: string | null; choice: PhotoChoice; onChoose: (choice: PhotoChoice) => void }) {
  const [preview, setPreview] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const shown = choice === 'remove' ? null : typeof choice === 'object' ? preview : current

  async function pick(file: File | undefined) {
    setProblem(null)
    if (!file) return
    if (file.size > maxPhotoBytes) {
      setProblem('照片不能超过 2 MB')
      return
    }
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.onerror = () => reject(reader.error ?? new Error('read failed'))
      reader.readAsDataURL(file)
    }).catch(() => null)
    if (dataUrl === null) {
      setProblem('无法读取该照片')
      return
    }
    setPreview(dataUrl)
    onChoose({ base64: dataUrl.slice(dataUrl.indexOf(',') + 1) })
  }

  return (
    <div className="field photo-field">
      <span className="field-label">照片</span>
      {shown ? <img className="cadre-photo" src={shown} alt="照片预览" /> : <div className="cadre-photo cadre-photo-none">无照片</div>}
      <label className="button button-secondary button-small photo-pick">
        选择照片…
        <input type="file" accept="image/jpeg,image/png" className="visually-hidden" onChange={(event) => void pick(event.target.files?.[0])} />
      </label>
      {(current || typeof choice === 'object') && choice !== 'remove' && (
        <button type="button" className="button button-danger-quiet button-small" onClick={() => onChoose('remove')}>
          去掉照片
        </button>
      )}
      {problem && (
        <p role="alert" className="field-hint field-check-bad">
          {problem}
        </p>
      )}
    </div>
  )
}
